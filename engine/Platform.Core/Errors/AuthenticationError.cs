namespace Platform.Core.Errors;

/// <summary>No valid credentials were presented.</summary>
public sealed class AuthenticationError : CoreError
{
    /// <summary>Creates the error.</summary>
    public AuthenticationError(string message = "Authentication is required: send a bearer token.")
        : base(ErrorCodes.Unauthenticated, message)
    {
    }
}
