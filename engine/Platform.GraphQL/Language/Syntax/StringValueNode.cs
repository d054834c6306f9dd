namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>StringValue</c> (quoted or block).</summary>
/// <param name="Value">The string's value, escapes resolved and block strings dedented.</param>
/// <param name="Block">Whether it was written as a block string.</param>
public sealed record StringValueNode(string Value, bool Block) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
