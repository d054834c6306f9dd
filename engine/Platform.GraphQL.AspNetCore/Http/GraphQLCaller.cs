namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>Who sends a request, as the host's authentication decided: the resolvers' user context, or why the request is refused.</summary>
/// <param name="Context">The user context resolvers see (null for anonymous).</param>
/// <param name="Refusal">Why the credentials are refused (an invalid or expired token); null when the request may run.</param>
public sealed record GraphQLCaller(object? Context, string? Refusal = null)
{
    /// <summary>An anonymous caller.</summary>
    public static GraphQLCaller Anonymous { get; } = new((object?)null);
}
