namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>FloatValue</c>, kept as written.</summary>
/// <param name="Value">The number as written.</param>
public sealed record FloatValueNode(string Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
