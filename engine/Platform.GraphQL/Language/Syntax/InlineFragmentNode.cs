namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>.</summary>
/// <param name="TypeCondition">The type condition.</param>
/// <param name="Directives">The directives.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
