namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ObjectField : Name : Value</c>.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Value">The value.</param>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
