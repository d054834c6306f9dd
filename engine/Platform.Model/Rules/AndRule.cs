using Platform.Model.Collections;

namespace Platform.Model.Rules;

/// <summary>True when every rule is true (and for no rules).</summary>
/// <param name="Rules">The conjuncts.</param>
public sealed record AndRule(EquatableArray<RuleExpr> Rules) : RuleExpr;
