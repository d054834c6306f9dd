namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>VariableDefinition : Variable : Type DefaultValue? Directives[Const]?</c>.</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Type">Its type.</param>
/// <param name="DefaultValue">Its default, a constant value.</param>
/// <param name="Directives">The directives.</param>
public sealed record VariableDefinitionNode(VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
