namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>BooleanValue : true | false</c>.</summary>
/// <param name="Value">The value.</param>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
