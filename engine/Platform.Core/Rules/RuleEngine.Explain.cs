using Platform.Model.Rules;

namespace Platform.Core.Rules;

/// <content>Explanations: which leaves made a rule fail, in sentences.</content>
public sealed partial class RuleEngine
{
    internal RuleExplanation ExplainExpanded(RuleExpr expr, object? context)
    {
        var failures = new List<RuleFailure>();
        var passed = Explain(expr, context, negated: false, failures);
        return new RuleExplanation(passed, passed ? [] : failures);
    }

    // Returns whether expr (negated when asked) holds, adding the failing leaves to failures.
    // Under negation, and/or swap (De Morgan) so that each failure names a leaf and what it must be.
    private bool Explain(RuleExpr expr, object? context, bool negated, List<RuleFailure> failures)
    {
        switch (expr)
        {
            case LeafRule leaf:
                var found = ContextPath.TryRead(context, leaf.Field, out var actual);
                var expected = ResolveExpected(leaf.Value, context);
                var now = _time.GetUtcNow();
                var holds = RuleOperators.Apply(leaf.Op, found, actual, expected, now, RegexTimeout) != negated;
                if (!holds)
                {
                    failures.Add(new RuleFailure(leaf.Field, leaf.Op, expected, found ? actual : null, Sentence(leaf, negated, found ? actual : null, expected), negated));
                }

                return holds;
            case NotRule not:
                return Explain(not.Rule, context, !negated, failures);
            case AndRule and:
                return negated ? ExplainAny(and.Rules, context, negated, failures) : ExplainAll(and.Rules, context, negated, failures);
            case OrRule or:
                return negated ? ExplainAll(or.Rules, context, negated, failures) : ExplainAny(or.Rules, context, negated, failures);
            default:
                throw new ArgumentException($"Rule type {expr.GetType().Name} must be expanded before explaining.", nameof(expr));
        }
    }

    private bool ExplainAll(IEnumerable<RuleExpr> rules, object? context, bool negated, List<RuleFailure> failures)
    {
        var all = true;
        foreach (var rule in rules)
        {
            all &= Explain(rule, context, negated, failures);
        }

        return all;
    }

    private bool ExplainAny(IEnumerable<RuleExpr> rules, object? context, bool negated, List<RuleFailure> failures)
    {
        var local = new List<RuleFailure>();
        foreach (var rule in rules)
        {
            if (Explain(rule, context, negated, local))
            {
                return true;
            }
        }

        failures.AddRange(local);
        return false;
    }

    private static string Sentence(LeafRule leaf, bool negated, object? actual, object? expected)
    {
        var e = RuleValues.Describe(expected);
        var requirement = (leaf.Op, negated) switch
        {
            (RuleOp.Eq, false) or (RuleOp.Neq, true) => $"must equal {e}",
            (RuleOp.Eq, true) or (RuleOp.Neq, false) => $"must not equal {e}",
            (RuleOp.Gt, false) or (RuleOp.Lte, true) => $"must be greater than {e}",
            (RuleOp.Gte, false) or (RuleOp.Lt, true) => $"must be at least {e}",
            (RuleOp.Lt, false) or (RuleOp.Gte, true) => $"must be less than {e}",
            (RuleOp.Lte, false) or (RuleOp.Gt, true) => $"must be at most {e}",
            (RuleOp.In, false) or (RuleOp.Nin, true) => $"must be one of {e}",
            (RuleOp.In, true) or (RuleOp.Nin, false) => $"must not be one of {e}",
            (RuleOp.Contains, false) => $"must contain {e}",
            (RuleOp.Contains, true) => $"must not contain {e}",
            (RuleOp.ContainsAll, false) => $"must contain all of {e}",
            (RuleOp.ContainsAll, true) => $"must not contain all of {e}",
            (RuleOp.Matches, false) => $"must match the pattern /{expected}/",
            (RuleOp.Matches, true) => $"must not match the pattern /{expected}/",
            (RuleOp.Exists, false) => "must be present",
            (RuleOp.Exists, true) => "must be absent",
            (RuleOp.Empty, false) => "must be empty",
            (RuleOp.Empty, true) => "must not be empty",
            (RuleOp.WithinDays, false) => $"must be within {e} days of now",
            (RuleOp.WithinDays, true) => $"must be more than {e} days from now",
            (RuleOp.SpatialWithin, false) => "must lie within the given area",
            (RuleOp.SpatialWithin, true) => "must lie outside the given area",
            _ => $"must satisfy {RuleOps.NameOf(leaf.Op)} {e}",
        };
        return $"{leaf.Field} is {RuleValues.Describe(actual)}, but it {requirement}.";
    }
}
