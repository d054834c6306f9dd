using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>
/// The base of every error the platform raises on purpose (seed 001 § 12). Business code throws
/// (or returns in a <see cref="Primitives.Result{T}"/>) a subclass, never a raw exception.
/// </summary>
public class CoreError : Exception
{
    /// <summary>Creates an error with a code from <see cref="ErrorCodes"/>.</summary>
    public CoreError(string code, string message, ValueMap? meta = null, Exception? cause = null)
        : base(message, cause)
    {
        Code = code;
        Meta = meta ?? ValueMap.Empty;
    }

    /// <summary>The stable code (see <see cref="ErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Structured detail safe to show the client (the offending id, field, version…).</summary>
    public ValueMap Meta { get; }
}
