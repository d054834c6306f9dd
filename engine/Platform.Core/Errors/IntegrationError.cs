using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>An external service failed. <see cref="IsTransient"/> errors may be retried.</summary>
public sealed class IntegrationError : CoreError
{
    /// <summary>Creates the error for <paramref name="service"/>.</summary>
    public IntegrationError(string service, string message, bool isTransient = false, Exception? cause = null)
        : base(ErrorCodes.IntegrationFailed, message, ValueMap.Of(("service", service)), cause)
    {
        Service = service;
        IsTransient = isTransient;
    }

    /// <summary>The external service.</summary>
    public string Service { get; }

    /// <summary>Whether retrying may succeed (a timeout, a 503), as opposed to a rejected request.</summary>
    public bool IsTransient { get; }
}
