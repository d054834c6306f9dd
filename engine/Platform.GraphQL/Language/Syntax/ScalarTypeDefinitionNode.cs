namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ScalarTypeDefinition : Description? scalar Name Directives?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
