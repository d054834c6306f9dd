namespace Platform.GraphQL.Types;

/// <summary>A list of values of <see cref="OfType"/>.</summary>
/// <param name="ofType">The item type.</param>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}
