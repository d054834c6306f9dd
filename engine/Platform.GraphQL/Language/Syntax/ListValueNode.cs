namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ListValue : [ Value* ]</c>.</summary>
/// <param name="Values">The items.</param>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
