using Platform.Model.Values;

namespace Platform.Model.Rules;

/// <summary>
/// A registered rule with its <see cref="ParamRef"/> placeholders filled in:
/// <c>{template: "min-total", params: {amount: 100}}</c>.
/// </summary>
/// <param name="Template">The registered rule's id.</param>
/// <param name="Params">The values of its parameters.</param>
public sealed record TemplateRule(string Template, ValueMap Params) : RuleExpr;
