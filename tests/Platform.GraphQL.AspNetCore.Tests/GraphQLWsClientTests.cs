using Platform.TestKit;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>The npm graphql-ws client, unchanged, against our WebSocket transport.</summary>
public sealed class GraphQLWsClientTests(GraphQLServer server) : IClassFixture<GraphQLServer>
{
    private static readonly NodePackage Node = new(Path.Combine(RepositoryRoot.Path, "tests", "Platform.GraphQL.AspNetCore.Tests", "Node"), "graphql-ws");

    [Fact]
    public async Task The_graphql_ws_client_subscribes_queries_and_sees_a_refusal()
    {
        var output = await Node.RunAsync(["ws-client.mjs"], environment: new Dictionary<string, string> { ["GRAPHQL_WS_URL"] = server.WebSocketUrl.ToString() });

        Assert.Equal(
            """{"ticks":[{"data":{"ticks":1}},{"data":{"ticks":2}},{"data":{"ticks":3}}],"whoami":[{"data":{"whoami":"Bearer node"}}],"refused":4403}""",
            output);
    }
}
