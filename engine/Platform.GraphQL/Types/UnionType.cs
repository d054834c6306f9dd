namespace Platform.GraphQL.Types;

/// <summary>A union of object types.</summary>
/// <param name="name">The name.</param>
/// <param name="description">The description.</param>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    /// <summary>The member types.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Names the concrete type of a value; see <see cref="InterfaceType.ResolveType"/>.</summary>
    public TypeResolver? ResolveType { get; set; }
}
