namespace Platform.GraphQL.Types;

/// <summary>A type of the schema: a named type, or a list or non-null wrapper of one (spec § 3.4 "Types").</summary>
public abstract class GraphQLType
{
    /// <summary>The named type inside any wrappers.</summary>
    public abstract NamedType Named { get; }

    /// <summary>Whether the type can be used for arguments, variables and input fields.</summary>
    public bool IsInputType => Named is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether the type can be the type of a field.</summary>
    public bool IsOutputType => Named is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>The type in SDL notation: <c>[String!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>Whether two type references are the same (same named type, same wrappers).</summary>
    public bool IsEqualTo(GraphQLType other) => (this, other) switch
    {
        (NonNullType a, NonNullType b) => a.OfType.IsEqualTo(b.OfType),
        (ListType a, ListType b) => a.OfType.IsEqualTo(b.OfType),
        (NamedType a, NamedType b) => ReferenceEquals(a, b) || a.Name == b.Name,
        _ => false,
    };
}
