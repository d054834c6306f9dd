using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For every operation in the document: Let variables be the variables defined by that operation. Each variable in variables must be used at least once in either the operation scope itself or any fragment transitively referenced by that operation."
/// https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
public sealed class AllVariablesUsedRule : ValidationRule
{
    private readonly VariableUsages _usages = new();

    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context) => _usages.Enter(node, context);

    /// <inheritdoc />
    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        _usages.Leave(node);
        if (node is not DocumentNode)
        {
            return;
        }

        foreach (var (operation, usages) in _usages.Operations(context))
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
}
