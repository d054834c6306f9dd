namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Argument : Name : Value</c>.</summary>
/// <param name="Name">The argument name.</param>
/// <param name="Value">The value.</param>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
