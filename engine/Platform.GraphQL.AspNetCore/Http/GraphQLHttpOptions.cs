using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>How the HTTP transport reads requests.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>The largest request body accepted (default 1 MiB); larger ones get a 400.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Identifies the caller of a request (its bearer token…): the context resolvers see, or a refusal
    /// answered with 401 and <c>UNAUTHENTICATED</c> before anything runs. Anonymous when null.
    /// </summary>
    public Func<HttpContext, GraphQLCaller>? Identify { get; init; }

    /// <summary>Told of an unexpected failure of the engine (the client gets <c>INTERNAL</c>); the host logs it here.</summary>
    public Action<Exception>? OnUnexpected { get; init; }
}
