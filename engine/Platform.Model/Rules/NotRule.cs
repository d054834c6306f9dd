namespace Platform.Model.Rules;

/// <summary>True when the inner rule is false.</summary>
/// <param name="Rule">The negated rule.</param>
public sealed record NotRule(RuleExpr Rule) : RuleExpr;
