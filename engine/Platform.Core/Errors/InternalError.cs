namespace Platform.Core.Errors;

/// <summary>An unexpected failure. The message shown to clients is generic; the cause stays in the log.</summary>
public sealed class InternalError : CoreError
{
    /// <summary>Wraps an unexpected exception.</summary>
    public InternalError(Exception cause)
        : base(ErrorCodes.Internal, "An internal error occurred.", cause: cause)
    {
    }
}
