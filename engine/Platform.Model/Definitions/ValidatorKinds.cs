namespace Platform.Model.Definitions;

/// <summary>Manifest spellings of validators and the field types each applies to.</summary>
public static class ValidatorKinds
{
    private static readonly (ValidatorKind Kind, string Name, bool NeedsArgument)[] Table =
    [
        (ValidatorKind.MinLength, "minLength", true),
        (ValidatorKind.MaxLength, "maxLength", true),
        (ValidatorKind.Min, "min", true),
        (ValidatorKind.Max, "max", true),
        (ValidatorKind.Pattern, "pattern", true),
        (ValidatorKind.Email, "email", false),
        (ValidatorKind.Url, "url", false),
        (ValidatorKind.Phone, "phone", false),
        (ValidatorKind.Future, "future", false),
        (ValidatorKind.Past, "past", false),
        (ValidatorKind.Positive, "positive", false),
        (ValidatorKind.NonZero, "nonZero", false),
        (ValidatorKind.RefExists, "refExists", false),
        (ValidatorKind.Unique, "unique", false),
        (ValidatorKind.Custom, "custom", false),
    ];

    /// <summary>Every manifest validator name.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The manifest spelling of <paramref name="kind"/>.</summary>
    public static string NameOf(ValidatorKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>Whether the validator takes an argument (a length, a bound or a pattern).</summary>
    public static bool NeedsArgument(ValidatorKind kind) => Table.First(t => t.Kind == kind).NeedsArgument;

    /// <summary>Parses a manifest validator name.</summary>
    public static bool TryParse(string name, out ValidatorKind kind)
    {
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                kind = entry.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

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
