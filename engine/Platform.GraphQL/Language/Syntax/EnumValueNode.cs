namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>EnumValue : Name but not true, false or null</c>.</summary>
/// <param name="Value">The enum value's name.</param>
public sealed record EnumValueNode(string Value) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
