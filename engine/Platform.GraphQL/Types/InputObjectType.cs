namespace Platform.GraphQL.Types;

/// <summary>An input object: named fields of input types; with <c>@oneOf</c>, exactly one must be given.</summary>
/// <param name="name">The name.</param>
/// <param name="description">The description.</param>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Fields { get; internal set; } = new Dictionary<string, InputValueDefinition>();

    /// <summary>Whether it is a OneOf input object (spec § 3.10.1): exactly one field, non-null.</summary>
    public bool IsOneOf { get; internal set; }
}
