using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For every operation in the document: Let variables be the variables defined by that operation. Each variable in variables must be used at least once in either the operation scope itself or any fragment transitively referenced by that operation."
/// https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
public sealed class AllVariablesUsedRule : OperationVariableUsagesRule
{
    /// <inheritdoc />
    protected override void Check(OperationDefinitionNode operation, IReadOnlyList<VariableUsage> usages, ValidationContext context)
    {
        var used = usages.Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions.Where(v => !used.Contains(v.Variable.Name.Value)))
        {
            var variable = definition.Variable.Name.Value;
            context.Report(
                operation.Name is { } name ? $"Variable \"${variable}\" is never used in operation \"{name.Value}\"." : $"Variable \"${variable}\" is never used.",
                definition);
        }
    }
}
