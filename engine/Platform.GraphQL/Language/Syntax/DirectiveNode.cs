namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Directive : @ Name Arguments?</c>.</summary>
/// <param name="Name">The directive's name.</param>
/// <param name="Arguments">The arguments.</param>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
