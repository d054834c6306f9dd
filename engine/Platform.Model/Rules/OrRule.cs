using Platform.Model.Collections;

namespace Platform.Model.Rules;

/// <summary>True when at least one rule is true (false for no rules).</summary>
/// <param name="Rules">The disjuncts.</param>
public sealed record OrRule(EquatableArray<RuleExpr> Rules) : RuleExpr;
