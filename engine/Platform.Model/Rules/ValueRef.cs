namespace Platform.Model.Rules;

/// <summary>A leaf value read from another context path at evaluation time: <c>{ref: "entity.limit"}</c>.</summary>
/// <param name="Path">The dot-path.</param>
public sealed record ValueRef(string Path);
