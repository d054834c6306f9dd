using System.Net;
using System.Text;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>The host process serves the platform's schema over GraphQL-over-HTTP.</summary>
public sealed class GraphQLEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task The_host_answers_a_graphql_post_and_a_graphql_get()
    {
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}");
        await using var host = HostProcess.Start(port, database);
        await host.WaitForHttpAsync(new Uri(url, "/health"), TimeSpan.FromSeconds(30));
        using var client = new HttpClient();

        using var post = await client.PostAsync(new Uri(url, "/graphql"), new StringContent("""{"query":"{ __typename modules { id version } }"}""", Encoding.UTF8, "application/json"));
        using var get = await client.GetAsync(new Uri(url, "/graphql?query=" + Uri.EscapeDataString("{ __schema { queryType { name } } }")));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        // The stamped plugins folder (artifacts/plugins) is found from any working directory; the build put the catalog there.
        Assert.Equal("""{"data":{"__typename":"Query","modules":[{"id":"catalog","version":"1.0.0"}]}}""", await post.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", await get.Content.ReadAsStringAsync());

        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/graphql"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"connection_init"}"""), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("""{"type":"connection_ack"}""", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }
}
