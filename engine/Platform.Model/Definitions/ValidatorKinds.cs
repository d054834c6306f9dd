using Platform.Model.Collections;

namespace Platform.Model.Definitions;

/// <summary>Manifest spellings of validators and the field types each applies to.</summary>
public static class ValidatorKinds
{
    private static readonly NameTable<ValidatorKind> Table = new(
        (ValidatorKind.MinLength, "minLength"),
        (ValidatorKind.MaxLength, "maxLength"),
        (ValidatorKind.Min, "min"),
        (ValidatorKind.Max, "max"),
        (ValidatorKind.Pattern, "pattern"),
        (ValidatorKind.Email, "email"),
        (ValidatorKind.Url, "url"),
        (ValidatorKind.Phone, "phone"),
        (ValidatorKind.Future, "future"),
        (ValidatorKind.Past, "past"),
        (ValidatorKind.Positive, "positive"),
        (ValidatorKind.NonZero, "nonZero"),
        (ValidatorKind.RefExists, "refExists"),
        (ValidatorKind.Unique, "unique"),
        (ValidatorKind.Custom, "custom"));

    /// <summary>Every manifest validator name.</summary>
    public static IReadOnlyList<string> All => Table.Names;

    /// <summary>The manifest spelling of <paramref name="kind"/>.</summary>
    public static string NameOf(ValidatorKind kind) => Table.NameOf(kind);

    /// <summary>Whether the validator takes an argument (a length, a bound or a pattern).</summary>
    public static bool NeedsArgument(ValidatorKind kind) => kind is ValidatorKind.MinLength or ValidatorKind.MaxLength or ValidatorKind.Min or ValidatorKind.Max or ValidatorKind.Pattern;

    /// <summary>Parses a manifest validator name.</summary>
    public static bool TryParse(string name, out ValidatorKind kind) => Table.TryParse(name, out kind);

    /// <summary>Whether the validator makes sense on a field of type <paramref name="type"/>.</summary>
    public static bool AppliesTo(ValidatorKind kind, FieldType type) => kind switch
    {
        ValidatorKind.MinLength or ValidatorKind.MaxLength => type is FieldType.String or FieldType.RefList,
        ValidatorKind.Pattern or ValidatorKind.Email or ValidatorKind.Url or ValidatorKind.Phone => type is FieldType.String,
        ValidatorKind.Min or ValidatorKind.Max or ValidatorKind.Positive or ValidatorKind.NonZero => FieldTypes.IsNumeric(type) || type == FieldType.Money,
        ValidatorKind.Future or ValidatorKind.Past => type == FieldType.Date,
        ValidatorKind.RefExists => FieldTypes.IsReference(type),
        ValidatorKind.Unique => type is not (FieldType.Json or FieldType.RefList) && !FieldTypes.IsGeo(type),
        _ => true,
    };
}
