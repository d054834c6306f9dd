namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>NonNullType : NamedType ! | ListType !</c>.</summary>
/// <param name="Type">The nullable type made non-null.</param>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
