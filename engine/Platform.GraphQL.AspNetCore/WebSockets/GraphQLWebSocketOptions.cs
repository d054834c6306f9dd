using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>How the WebSocket transport accepts connections and bounds them.</summary>
public sealed record GraphQLWebSocketOptions
{
    /// <summary>How long a client may take to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    public TimeSpan InitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a client has to answer the server's close (1001 on shutdown) before its socket is aborted.</summary>
    public TimeSpan CloseGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Operations one connection may run at once; one more closes it with 4429.</summary>
    public int MaxOperationsPerConnection { get; init; } = 100;

    /// <summary>The largest message accepted (default 1 MiB); a larger one closes the socket with 4400.</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Decides on <c>connection_init</c> (given the upgrade request and the init payload) what the
    /// connection's resolvers see as user context; return <see cref="Rejected"/> to close with 4403.
    /// </summary>
    public Func<HttpContext, IReadOnlyDictionary<string, object?>?, ValueTask<object?>>? OnConnect { get; init; }

    /// <summary>The value <see cref="OnConnect"/> returns to refuse a connection.</summary>
    public static readonly object Rejected = new();
}
