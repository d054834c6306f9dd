namespace Platform.GraphQL.Types;

/// <summary>A non-null <see cref="OfType"/>.</summary>
/// <remarks>Invariant: <see cref="OfType"/> is never itself non-null.</remarks>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected a nullable type, got {ofType}.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}
