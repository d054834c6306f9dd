namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>FragmentSpread : ... FragmentName Directives?</c>.</summary>
/// <param name="Name">The fragment's name.</param>
/// <param name="Directives">The directives.</param>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
