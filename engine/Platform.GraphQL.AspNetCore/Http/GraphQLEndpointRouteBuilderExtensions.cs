using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Serves <paramref name="executor"/>'s schema over HTTP at <paramref name="pattern"/> (GET and POST; other methods get a 405).</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, GraphQLHttpOptions? options = null)
    {
        var handler = new GraphQLHttpHandler(executor, options);
        return endpoints.Map(pattern, handler.HandleAsync);
    }

    /// <summary>
    /// Serves <paramref name="executor"/>'s schema at <paramref name="pattern"/>: WebSocket upgrades speak
    /// graphql-transport-ws (or the legacy graphql-ws), other requests GraphQL over HTTP. Needs <c>app.UseWebSockets()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, GraphQLHttpOptions? http = null, WebSockets.GraphQLWebSocketOptions? webSockets = null)
    {
        var httpHandler = new GraphQLHttpHandler(executor, http);
        var socketHandler = new WebSockets.GraphQLWebSocketHandler(executor, webSockets);
        return endpoints.Map(pattern, context => context.WebSockets.IsWebSocketRequest ? socketHandler.HandleAsync(context) : httpHandler.HandleAsync(context));
    }

    /// <summary>Serves <paramref name="executor"/>'s schema as GraphQL over Server-Sent Events (distinct connections mode) at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLSse(this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, GraphQLHttpOptions? options = null)
    {
        var handler = new Sse.GraphQLSseHandler(executor, options);
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
