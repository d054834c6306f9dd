using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each operation in a document: For each variableUsage in scope, variable must be in operation's variable list."
/// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
public sealed class AllVariableUsesDefinedRule : OperationVariableUsagesRule
{
    /// <inheritdoc />
    protected override void Check(OperationDefinitionNode operation, IReadOnlyList<VariableUsage> usages, ValidationContext context)
    {
        var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in usages.Where(u => !defined.Contains(u.Node.Name.Value)))
        {
            context.Report(
                operation.Name is { } name ? $"Variable \"${usage.Node.Name.Value}\" is not defined by operation \"{name.Value}\"." : $"Variable \"${usage.Node.Name.Value}\" is not defined.",
                usage.Node,
                operation);
        }
    }
}
