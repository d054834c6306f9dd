namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ObjectValue : { ObjectField* }</c>.</summary>
/// <param name="Fields">The fields.</param>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
