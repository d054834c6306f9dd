using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Platform.Core.Security;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>Start-up configuration errors and bearer authentication, through the real host process.</summary>
public sealed class ConfigurationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Production_without_a_jwt_secret_exits_1_saying_how_to_fix_it()
    {
        await using var host = HostProcess.Start(FreePort.Next(), environment: new Dictionary<string, string?> { ["JWT_SECRET"] = null });

        Assert.Equal(1, await host.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("platform: JWT_SECRET is not set: set it to a random string of at least 32 bytes", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_setting_is_reported_at_once()
    {
        await using var host = HostProcess.Start(FreePort.Next(), environment: new Dictionary<string, string?>
        {
            ["JWT_SECRET"] = "short", ["DATABASE_URL"] = "not a database", ["CORS_ORIGINS"] = "ftp://x", ["GRAPHQL_INTROSPECTION"] = "maybe",
        });

        Assert.Equal(1, await host.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("JWT_SECRET is 5 bytes long", host.Output, StringComparison.Ordinal);
        Assert.Contains("DATABASE_URL: DATABASE_URL is neither a postgres URL", host.Output, StringComparison.Ordinal);
        Assert.Contains("DATABASE_APP_URL is not set: with DATABASE_URL (the schema owner, platform_owner) set it", host.Output, StringComparison.Ordinal);
        Assert.Contains("CORS_ORIGINS: 'ftp://x' is not an http(s) origin", host.Output, StringComparison.Ordinal);
        Assert.Contains("GRAPHQL_INTROSPECTION: 'maybe' is not true or false.", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_origins_answer_preflights_for_listed_origins_only()
    {
        var port = FreePort.Next();
        await using var host = HostProcess.Start(port, database, new Dictionary<string, string?> { ["CORS_ORIGINS"] = "https://app.example.com" });
        await host.WaitForHttpAsync(new Uri($"http://127.0.0.1:{port}/health"), TimeSpan.FromSeconds(30));
        using var client = new HttpClient();

        async Task<string?> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, $"http://127.0.0.1:{port}/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
            using var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }

        Assert.Equal("https://app.example.com", await Preflight("https://app.example.com"));
        Assert.Null(await Preflight("https://evil.example.com"));
    }

    [Fact]
    public async Task Valid_tokens_pass_invalid_ones_are_401_or_4403_and_no_token_is_anonymous()
    {
        var port = FreePort.Next();
        await using var host = HostProcess.Start(port, database);
        var url = new Uri($"http://127.0.0.1:{port}/graphql");
        await host.WaitForHttpAsync(new Uri($"http://127.0.0.1:{port}/health"), TimeSpan.FromSeconds(30));
        var valid = Jwt.Issue("actor_1", "org_a", ["admin"], Encoding.UTF8.GetBytes(HostProcess.Secret), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        var expired = Jwt.Issue("actor_1", "org_a", ["admin"], Encoding.UTF8.GetBytes(HostProcess.Secret), DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromMinutes(5));
        using var client = new HttpClient();

        async Task<(HttpStatusCode, string)> Post(string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await Post(valid)).Item1);
        Assert.Equal(HttpStatusCode.OK, (await Post(null)).Item1);
        var (status, body) = await Post(expired);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("""{"errors":[{"message":"The token has expired.","extensions":{"code":"UNAUTHENTICATED"}}]}""", body);

        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/graphql"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + expired + "\"}}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1024];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4403, (int?)socket.CloseStatus);
    }
}
