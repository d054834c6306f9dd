namespace Platform.Core.Rules;

/// <summary>Whether a rule passed, and if not, each leaf that made it fail.</summary>
/// <param name="Passed">The rule's outcome.</param>
/// <param name="Failures">The failing leaves; empty when the rule passed.</param>
public sealed record RuleExplanation(bool Passed, IReadOnlyList<RuleFailure> Failures)
{
    /// <summary>All failure messages in one line.</summary>
    public string Summary => Passed ? "The rule holds." : string.Join(" ", Failures.Select(f => f.Message));
}
