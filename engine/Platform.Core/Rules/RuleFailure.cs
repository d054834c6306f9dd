using Platform.Model.Rules;

namespace Platform.Core.Rules;

/// <summary>One leaf condition that did not hold.</summary>
/// <param name="Field">The context path.</param>
/// <param name="Op">The operator.</param>
/// <param name="Expected">The expected value (resolved).</param>
/// <param name="Actual">The value found, or null when missing.</param>
/// <param name="Message">A sentence a person can read: <c>entity.total is 50, but it must be at least 100.</c></param>
/// <param name="Negated">Whether the condition sat under a <c>not</c>, i.e. it held but must not.</param>
public sealed record RuleFailure(string Field, RuleOp Op, object? Expected, object? Actual, string Message, bool Negated = false);
