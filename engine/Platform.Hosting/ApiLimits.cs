using System.Globalization;
using Microsoft.Extensions.Configuration;
using Platform.GraphQL.Execution;

namespace Platform.Hosting;

/// <summary>The protection of the public GraphQL endpoint; each limit turns an abusive request into a GraphQL error or a close code.</summary>
public sealed record ApiLimits
{
    /// <summary>The largest HTTP body or WebSocket message, in bytes (<c>GRAPHQL_MAX_BODY_BYTES</c>, default 1 MiB).</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>The deepest field nesting (<c>GRAPHQL_MAX_DEPTH</c>, default 32).</summary>
    public int MaxDepth { get; init; } = RequestLimits.Default.MaxDepth;

    /// <summary>The most fields an operation selects, fragments expanded (<c>GRAPHQL_MAX_FIELDS</c>, default 2000).</summary>
    public int MaxFields { get; init; } = RequestLimits.Default.MaxFields;

    /// <summary>The most tokens a document may have (<c>GRAPHQL_MAX_TOKENS</c>, default 15000).</summary>
    public int MaxTokens { get; init; } = RequestLimits.Default.MaxTokens;

    /// <summary>How long an operation may run (<c>GRAPHQL_TIMEOUT_SECONDS</c>, default 30).</summary>
    public TimeSpan Timeout { get; init; } = RequestLimits.Default.Timeout ?? TimeSpan.FromSeconds(30);

    /// <summary>How long a WebSocket client has to send connection_init (<c>GRAPHQL_WS_INIT_TIMEOUT_SECONDS</c>, default 10).</summary>
    public TimeSpan WebSocketInitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Operations (subscriptions) one WebSocket may run at once (<c>GRAPHQL_WS_MAX_OPERATIONS</c>, default 100).</summary>
    public int MaxOperationsPerConnection { get; init; } = 100;

    /// <summary>The engine's request limits.</summary>
    public RequestLimits Request => new() { MaxDepth = MaxDepth, MaxFields = MaxFields, MaxTokens = MaxTokens, Timeout = Timeout, MaxDocumentLength = MaxBodyBytes };

    /// <summary>The whole number setting <paramref name="name"/>, or <paramref name="fallback"/> when unset; anything but a positive whole number is reported in <paramref name="errors"/>.</summary>
    internal static int PositiveInt(IConfiguration configuration, string name, int fallback, List<string> errors)
    {
        if (configuration[name] is not { Length: > 0 } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        errors.Add($"{name}: '{text}' is not a positive whole number (default {fallback.ToString(CultureInfo.InvariantCulture)}).");
        return fallback;
    }

    /// <summary>Reads the limits; a value that is not a positive whole number is reported in <paramref name="errors"/>.</summary>
    public static ApiLimits Load(IConfiguration configuration, List<string> errors)
    {
        int Read(string name, int fallback) => PositiveInt(configuration, name, fallback, errors);

        var defaults = new ApiLimits();
        return new ApiLimits
        {
            MaxBodyBytes = Read("GRAPHQL_MAX_BODY_BYTES", defaults.MaxBodyBytes),
            MaxDepth = Read("GRAPHQL_MAX_DEPTH", defaults.MaxDepth),
            MaxFields = Read("GRAPHQL_MAX_FIELDS", defaults.MaxFields),
            MaxTokens = Read("GRAPHQL_MAX_TOKENS", defaults.MaxTokens),
            Timeout = TimeSpan.FromSeconds(Read("GRAPHQL_TIMEOUT_SECONDS", (int)defaults.Timeout.TotalSeconds)),
            WebSocketInitTimeout = TimeSpan.FromSeconds(Read("GRAPHQL_WS_INIT_TIMEOUT_SECONDS", (int)defaults.WebSocketInitTimeout.TotalSeconds)),
            MaxOperationsPerConnection = Read("GRAPHQL_WS_MAX_OPERATIONS", defaults.MaxOperationsPerConnection),
        };
    }
}
