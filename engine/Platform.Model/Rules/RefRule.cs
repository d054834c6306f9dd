namespace Platform.Model.Rules;

/// <summary>A reference to a named rule of the registry: <c>{ref: "return-window"}</c>.</summary>
/// <param name="Id">The registered rule's id.</param>
public sealed record RefRule(string Id) : RuleExpr;
