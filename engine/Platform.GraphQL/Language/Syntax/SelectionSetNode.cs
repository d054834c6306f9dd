namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>SelectionSet : { Selection+ }</c>.</summary>
/// <param name="Selections">The selections.</param>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
