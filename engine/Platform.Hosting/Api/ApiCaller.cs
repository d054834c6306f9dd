using Platform.Core.Security;

namespace Platform.Hosting.Api;

/// <summary>Who calls the API, as the transport's authentication saw them: the resolvers' user context.</summary>
/// <param name="Actor">The authenticated actor, or null for an anonymous caller.</param>
/// <remarks>A WebSocket connection has one caller for all its operations; an HTTP request has its own.</remarks>
public sealed record ApiCaller(ActorInfo? Actor)
{
    /// <summary>An anonymous caller: introspection and <c>__typename</c> answer, entity fields are <c>UNAUTHENTICATED</c>.</summary>
    public static ApiCaller Anonymous { get; } = new((ActorInfo?)null);

    /// <summary>The request's <c>Idempotency-Key</c>: mutations sent again with it run once.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The client's address, when known.</summary>
    public string? Ip { get; init; }

    /// <summary>The client's user agent, when known.</summary>
    public string? UserAgent { get; init; }
}
