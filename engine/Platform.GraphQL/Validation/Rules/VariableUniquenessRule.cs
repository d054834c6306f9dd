using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For every operation in the document: For every variable defined on operation: Let variableName be the name of variable. Let variables be the set of all variables named variableName on operation. variables must be a set of one."
/// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
/// </summary>
public sealed class VariableUniquenessRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
        {
            context.Report($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => (SyntaxNode)v.Variable.Name)]);
        }
    }
}
