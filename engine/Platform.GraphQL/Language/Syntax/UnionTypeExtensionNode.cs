namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>UnionTypeExtension : extend union Name Directives? UnionMemberTypes</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Types">The added member types.</param>
public sealed record UnionTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}
