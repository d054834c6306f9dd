using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>How the HTTP transport reads requests.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>The largest request body accepted (default 1 MiB); larger ones get a 400.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Builds the per-request context resolvers see (the caller, its organization…).</summary>
    public Func<HttpContext, object?>? UserContext { get; init; }
}
