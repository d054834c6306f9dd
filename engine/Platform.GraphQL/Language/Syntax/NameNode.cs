namespace Platform.GraphQL.Language.Syntax;

/// <summary>A name: <c>Name :: /[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
/// <param name="Value">The name.</param>
public sealed record NameNode(string Value) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;
}
