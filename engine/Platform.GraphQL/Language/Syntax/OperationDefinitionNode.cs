namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>OperationDefinition : OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>.</summary>
/// <param name="Operation">query, mutation or subscription.</param>
/// <param name="Name">The name, or null for an anonymous operation.</param>
/// <param name="VariableDefinitions">The variables.</param>
/// <param name="Directives">The directives.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
