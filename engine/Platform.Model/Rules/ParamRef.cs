namespace Platform.Model.Rules;

/// <summary>A template parameter placeholder in a leaf value: <c>{param: "amount"}</c>.</summary>
/// <param name="Name">The parameter name.</param>
public sealed record ParamRef(string Name);
