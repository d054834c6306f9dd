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
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, GraphQLHttpOptions? http = null, WebSockets.GraphQLWebSocketOptions? webSockets = null) =>
        endpoints.MapGraphQL(pattern, () => executor, http, webSockets);

    /// <summary>
    /// Serves the schema <paramref name="current"/> returns at each request or operation (a host that swaps
    /// schemas: work in flight finishes on the schema it started with).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, Func<GraphQLExecutor> current, GraphQLHttpOptions? http = null, WebSockets.GraphQLWebSocketOptions? webSockets = null)
    {
        var httpHandler = new GraphQLHttpHandler(current, http);
        var socketHandler = new WebSockets.GraphQLWebSocketHandler(current, webSockets);
        return endpoints.Map(pattern, context => context.WebSockets.IsWebSocketRequest ? socketHandler.HandleAsync(context) : httpHandler.HandleAsync(context));
    }

    /// <summary>Serves <paramref name="executor"/>'s schema as GraphQL over Server-Sent Events (distinct connections mode) at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLSse(this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, GraphQLHttpOptions? options = null) =>
        endpoints.MapGraphQLSse(pattern, () => executor, options);

    /// <summary>Serves the schema <paramref name="current"/> returns at each request as GraphQL over Server-Sent Events at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLSse(this IEndpointRouteBuilder endpoints, string pattern, Func<GraphQLExecutor> current, GraphQLHttpOptions? options = null)
    {
        var handler = new Sse.GraphQLSseHandler(current, options);
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
