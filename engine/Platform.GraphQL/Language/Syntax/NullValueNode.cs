namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>NullValue : null</c>.</summary>
public sealed record NullValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
