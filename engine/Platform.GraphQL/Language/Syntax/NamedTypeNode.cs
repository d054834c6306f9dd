namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>NamedType : Name</c>.</summary>
/// <param name="Name">The type's name.</param>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
