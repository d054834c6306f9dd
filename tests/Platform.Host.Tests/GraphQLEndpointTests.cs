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

    [Fact]
    public async Task A_browser_asking_for_graphql_gets_the_ide_served_by_the_host_itself()
    {
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}");
        await using var host = HostProcess.Start(port, database);
        await host.WaitForHttpAsync(new Uri(url, "/health"), TimeSpan.FromSeconds(30));
        using var client = new HttpClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri(url, "/graphql"));
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var html = await client.SendAsync(page);
        var text = await html.Content.ReadAsStringAsync();
        var scripts = System.Text.RegularExpressions.Regex.Matches(text, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["/graphiql/graphiql.min.css", "/graphiql/react.production.min.js", "/graphiql/react-dom.production.min.js", "/graphiql/graphql-ws.min.js", "/graphiql/graphiql.min.js"], scripts);
        foreach (var asset in scripts)
        {
            using var response = await client.GetAsync(new Uri(url, asset)); // every asset from the host: nothing from a CDN
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }
    }
}
