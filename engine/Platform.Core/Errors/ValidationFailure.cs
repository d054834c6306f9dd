namespace Platform.Core.Errors;

/// <summary>One failed check of one field.</summary>
/// <param name="Field">The field path: <c>name</c>, <c>price.currency</c>, <c>tagIds[2]</c>.</param>
/// <param name="Message">A sentence the user can act on.</param>
/// <param name="Rule">The check that failed: <c>required</c>, <c>maxLength</c>, <c>type</c>…</param>
public sealed record ValidationFailure(string Field, string Message, string Rule = "invalid");
