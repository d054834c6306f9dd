using Platform.Model.Collections;

namespace Platform.Model.Definitions;

/// <summary>A field of an entity or of a command's input.</summary>
/// <param name="Key">camelCase key; the column is its snake_case form.</param>
/// <param name="Type">The field type.</param>
/// <remarks>
/// Invariants (checked by the manifest checks, not by this record): <see cref="EnumValues"/> is
/// non-empty exactly when <paramref name="Type"/> is <see cref="FieldType.Enum"/>;
/// <see cref="RefEntity"/> is set exactly when the type is a reference; <see cref="Default"/> is a
/// plain value of the field's type.
/// </remarks>
public sealed record FieldDefinition(string Key, FieldType Type)
{
    /// <summary>A human-readable label for generated UIs.</summary>
    public string? Label { get; init; }

    /// <summary>A description carried into the GraphQL schema.</summary>
    public string? Description { get; init; }

    /// <summary>Whether a value must be given on create (and may not be cleared on update).</summary>
    public bool Required { get; init; }

    /// <summary>Whether the value is unique within the organization (a unique index).</summary>
    public bool Unique { get; init; }

    /// <summary>Whether the column gets an index (and may be sorted on).</summary>
    public bool Indexed { get; init; }

    /// <summary>Whether the field is synchronised to the search adapter.</summary>
    public bool Searchable { get; init; }

    /// <summary>Whether the value is redacted from logs and never returned by the API.</summary>
    public bool Sensitive { get; init; }

    /// <summary>The value applied on create when none is given (a plain value), or null.</summary>
    public object? Default { get; init; }

    /// <summary>The validators run on the value.</summary>
    public EquatableArray<ValidatorSpec> Validators { get; init; }

    /// <summary>For enums: the allowed values, as stored in the database.</summary>
    public EquatableArray<string> EnumValues { get; init; }

    /// <summary>For references: the referenced entity, <c>Entity</c> or <c>module.Entity</c>.</summary>
    public string? RefEntity { get; init; }

    /// <summary>For references: the field joined on (default <c>id</c>).</summary>
    public string RefField { get; init; } = "id";

    /// <summary>The key this field had before a rename, so migrations rename instead of drop + add.</summary>
    public string? RenamedFrom { get; init; }

    /// <summary>For references: the name of the reverse connection on the referenced entity.</summary>
    public string? Inverse { get; init; }

    /// <summary>Whether the field is driven by a state machine (and therefore not writable by inputs).</summary>
    public bool IsStateField { get; init; }
}
