namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet</c>.</summary>
/// <param name="Name">The fragment's name.</param>
/// <param name="TypeCondition">The type condition.</param>
/// <param name="Directives">The directives.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
