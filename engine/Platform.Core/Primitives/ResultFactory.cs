using Platform.Core.Errors;

namespace Platform.Core.Primitives;

/// <summary>Creates <see cref="Result{T}"/> values: <c>Result.Ok(x)</c>, <c>Result.Err&lt;T&gt;(error)</c>.</summary>
public static class Result
{
    /// <summary>A success holding <paramref name="value"/>.</summary>
    public static Result<T> Ok<T>(T value) => new(value, null);

    /// <summary>A failure holding <paramref name="error"/>.</summary>
    public static Result<T> Err<T>(CoreError error) => new(default!, error ?? throw new ArgumentNullException(nameof(error)));
}
