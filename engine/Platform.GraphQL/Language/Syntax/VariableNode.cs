namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Variable : $ Name</c>.</summary>
/// <param name="Name">The variable's name (without $).</param>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
