using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket upgrades for the subprotocols <c>graphql-transport-ws</c> and, for older clients, <c>graphql-ws</c>.</summary>
/// <param name="executor">The executor of the schema served now (each operation keeps the one it started with).</param>
/// <param name="options">Timeouts, limits and the connect hook.</param>
public sealed class GraphQLWebSocketHandler(Func<GraphQLExecutor> executor, GraphQLWebSocketOptions? options = null)
{
    /// <summary>Serves one schema.</summary>
    public GraphQLWebSocketHandler(GraphQLExecutor executor, GraphQLWebSocketOptions? options = null)
        : this(() => executor, options)
    {
    }

    /// <summary>The protocol of npm graphql-ws.</summary>
    public const string TransportWs = "graphql-transport-ws";

    /// <summary>The legacy protocol of subscriptions-transport-ws (older Apollo clients).</summary>
    public const string LegacyWs = "graphql-ws";

    private readonly GraphQLWebSocketOptions _options = options ?? new GraphQLWebSocketOptions();

    /// <summary>Runs one connection until it closes.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var protocol = requested.Contains(TransportWs) ? TransportWs : requested.Contains(LegacyWs) ? LegacyWs : null;
        if (protocol is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"Use the WebSocket subprotocol {TransportWs} (or {LegacyWs}).").ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol).ConfigureAwait(false);
        using var session = new GraphQLWebSocketSession(socket, protocol == LegacyWs, context, executor, _options);
        await session.RunAsync().ConfigureAwait(false);
    }
}
