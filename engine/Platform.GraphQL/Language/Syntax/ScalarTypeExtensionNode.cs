namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ScalarTypeExtension : extend scalar Name Directives</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
