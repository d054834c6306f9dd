using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>Input failed validation. Carries every failure at once, never just the first.</summary>
public sealed class ValidationError : CoreError
{
    /// <summary>Creates the error; <paramref name="failures"/> must not be empty.</summary>
    public ValidationError(IReadOnlyList<ValidationFailure> failures)
        : base(ErrorCodes.ValidationFailed, Describe(failures), ValueMap.Of(("failures", failures.Select(f => ValueMap.Of(("field", f.Field), ("message", f.Message))).ToList())))
    {
        Failures = failures;
    }

    /// <summary>Creates the error for a single field.</summary>
    public ValidationError(string field, string message, string rule = "invalid")
        : this([new ValidationFailure(field, message, rule)])
    {
    }

    /// <summary>Every failure, in field order.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    private static string Describe(IReadOnlyList<ValidationFailure> failures)
    {
        if (failures.Count == 0)
        {
            throw new ArgumentException("A validation error needs at least one failure.", nameof(failures));
        }

        return failures.Count == 1
            ? $"Validation failed: {failures[0].Message}"
            : $"Validation failed on {failures.Count} fields: {string.Join(" ", failures.Select(f => f.Message))}";
    }
}
