namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>IntValue</c>, kept as written.</summary>
/// <param name="Value">The digits as written.</param>
public sealed record IntValueNode(string Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
