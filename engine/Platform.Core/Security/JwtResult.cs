namespace Platform.Core.Security;

/// <summary>The outcome of checking a bearer token: the actor, or why the token was refused.</summary>
/// <param name="Actor">The actor the token names, when valid.</param>
/// <param name="Error">Why it is not, for the <c>UNAUTHENTICATED</c> message; null when valid.</param>
public sealed record JwtResult(ActorInfo? Actor, string? Error)
{
    /// <summary>Whether the token is valid.</summary>
    public bool IsValid => Actor is not null;
}
