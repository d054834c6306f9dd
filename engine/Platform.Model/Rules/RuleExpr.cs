namespace Platform.Model.Rules;

/// <summary>
/// A rule: a composable tree of conditions, stored as data (seed 001 § 5). The JSON shape is
/// <c>{field, op, value}</c>, <c>{and: […]}</c>, <c>{or: […]}</c>, <c>{not: …}</c>,
/// <c>{ref: "id"}</c> and <c>{template: "id", params: {…}}</c>; see <see cref="RuleExprFormat"/>.
/// </summary>
public abstract record RuleExpr;
