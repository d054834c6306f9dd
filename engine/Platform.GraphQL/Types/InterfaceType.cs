namespace Platform.GraphQL.Types;

/// <summary>An interface: fields that implementing object (and interface) types must provide.</summary>
/// <param name="name">The name.</param>
/// <param name="description">The description.</param>
public sealed class InterfaceType(string name, string? description = null) : NamedType(name, description), IFieldsType
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, FieldDefinition> Fields { get; internal set; } = new Dictionary<string, FieldDefinition>();

    /// <inheritdoc />
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>Names the concrete type of a value; when null, <c>__typename</c> of the value or the object types' <c>IsTypeOf</c> decide.</summary>
    public TypeResolver? ResolveType { get; set; }
}
