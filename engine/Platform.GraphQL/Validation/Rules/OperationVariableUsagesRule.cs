using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// The shared walk of the variable rules: collects every operation's variable usages (its own and
/// those of the fragments it spreads) and, at the end of the document, checks each operation.
/// </summary>
public abstract class OperationVariableUsagesRule : ValidationRule
{
    private readonly VariableUsages _usages = new();

    /// <inheritdoc />
    public sealed override void Enter(SyntaxNode node, ValidationContext context) => _usages.Enter(node, context);

    /// <inheritdoc />
    public sealed override void Leave(SyntaxNode node, ValidationContext context)
    {
        _usages.Leave(node);
        if (node is not DocumentNode)
        {
            return;
        }

        foreach (var (operation, usages) in _usages.Operations(context))
        {
            Check(operation, usages, context);
        }
    }

    /// <summary>Checks one operation against all the variable usages it includes.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="usages">Its usages, including those in fragments it spreads, transitively.</param>
    /// <param name="context">Where errors are reported.</param>
    protected abstract void Check(OperationDefinitionNode operation, IReadOnlyList<VariableUsage> usages, ValidationContext context);
}
