using Platform.Core.Errors;

namespace Platform.Core.Primitives;

/// <summary>
/// The outcome of an operation that can fail without throwing: a value or a <see cref="CoreError"/>
/// (seed 001 § 12). Create with <see cref="Result.Ok{T}"/> and <see cref="Result.Err{T}"/>, or implicitly.
/// </summary>
/// <remarks>Invariant: exactly one of <see cref="Value"/> and <see cref="Error"/> is set; the default value is invalid.</remarks>
public readonly struct Result<T> : IEquatable<Result<T>>
{
    private readonly T _value;

    internal Result(T value, CoreError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Whether the operation succeeded.</summary>
    public bool IsOk => Error is null;

    /// <summary>The value; throws the error when the result is a failure.</summary>
    public T Value => Error is null ? _value : throw Error;

    /// <summary>The error, or null on success.</summary>
    public CoreError? Error { get; }

    /// <summary>Wraps a value.</summary>
    public static implicit operator Result<T>(T value) => new(value, null);

    /// <summary>Wraps an error.</summary>
    public static implicit operator Result<T>(CoreError error) => new(default!, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Compares outcome and content.</summary>
    public static bool operator ==(Result<T> left, Result<T> right) => left.Equals(right);

    /// <summary>Compares outcome and content.</summary>
    public static bool operator !=(Result<T> left, Result<T> right) => !left.Equals(right);

    /// <summary>Runs <paramref name="ok"/> or <paramref name="err"/>.</summary>
    public TOut Match<TOut>(Func<T, TOut> ok, Func<CoreError, TOut> err) => Error is null ? ok(_value) : err(Error);

    /// <summary>Transforms the value of a success; passes a failure through.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map) => Error is null ? new(map(_value), null) : new(default!, Error);

    /// <summary>Chains an operation that can itself fail.</summary>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> bind) => Error is null ? bind(_value) : new(default!, Error);

    /// <summary>Gets the value without throwing.</summary>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return Error is null;
    }

    /// <inheritdoc />
    public bool Equals(Result<T> other) => Equals(Error, other.Error) && EqualityComparer<T>.Default.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, Error);

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"Ok({_value})" : $"Err({Error.Code}: {Error.Message})";
}
