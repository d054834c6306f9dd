namespace Platform.Model.Rules;

/// <summary>A condition on one value of the context.</summary>
/// <param name="Field">A dot-path into the context: <c>entity.total</c>, <c>actor.roles</c>, <c>items.0.sku</c>.</param>
/// <param name="Op">The operator.</param>
/// <param name="Value">A plain value, a <see cref="ValueRef"/> to compare with another path, or a <see cref="ParamRef"/> inside a template.</param>
public sealed record LeafRule(string Field, RuleOp Op, object? Value = null) : RuleExpr;
