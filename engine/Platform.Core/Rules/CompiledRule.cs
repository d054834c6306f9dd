using Platform.Model.Rules;

namespace Platform.Core.Rules;

/// <summary>
/// A rule compiled to delegates for hot paths (guards, filters): references and templates are
/// inlined, paths split, constants converted, regexes built once. Evaluating allocates nothing
/// for dictionary contexts and scalar values.
/// </summary>
/// <remarks>Named rules are inlined at compile time: re-registering a rule does not change rules compiled before.</remarks>
public sealed class CompiledRule
{
    private readonly Func<object?, bool> _evaluate;
    private readonly RuleEngine _engine;

    internal CompiledRule(RuleExpr source, RuleExpr expanded, Func<object?, bool> evaluate, RuleEngine engine)
    {
        Source = source;
        Expanded = expanded;
        _evaluate = evaluate;
        _engine = engine;
    }

    /// <summary>The rule as given.</summary>
    public RuleExpr Source { get; }

    /// <summary>The rule with references and templates inlined.</summary>
    public RuleExpr Expanded { get; }

    /// <summary>Evaluates the rule against <paramref name="context"/>.</summary>
    public bool Evaluate(object? context) => _evaluate(context);

    /// <summary>Explains the outcome against <paramref name="context"/>.</summary>
    public RuleExplanation Explain(object? context) => _engine.ExplainExpanded(Expanded, context);
}
