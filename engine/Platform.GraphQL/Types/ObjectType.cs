namespace Platform.GraphQL.Types;

/// <summary>An object type: named fields of output types, possibly implementing interfaces.</summary>
/// <param name="name">The name.</param>
/// <param name="description">The description.</param>
public sealed class ObjectType(string name, string? description = null) : NamedType(name, description), IFieldsType
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, FieldDefinition> Fields { get; internal set; } = new Dictionary<string, FieldDefinition>();

    /// <inheritdoc />
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>Decides whether a resolved value is of this type, for abstract types without a type resolver.</summary>
    public Func<object?, bool>? IsTypeOf { get; set; }
}
