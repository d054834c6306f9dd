using Platform.TestKit;
using Platform.TestKit.GraphQL;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>A running host process on a test database, with clients for it.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(TestProcess process, int port)
    {
        Process = process;
        Url = new Uri($"http://127.0.0.1:{port}");
    }

    public TestProcess Process { get; }

    public Uri Url { get; }

    public Uri GraphQLUrl => new(Url, "/graphql");

    public Uri WebSocketUrl => new($"ws://{Url.Authority}/graphql");

    /// <summary>Starts the host on <paramref name="database"/> and waits until it is healthy.</summary>
    public static async Task<TestHost> StartAsync(PostgresDatabase database, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var port = FreePort.Next();
        var host = new TestHost(HostProcess.Start(port, database, environment), port);
        try
        {
            await host.Process.WaitForHttpAsync(new Uri(host.Url, "/health"), TimeSpan.FromSeconds(60));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>An HTTP client acting as <paramref name="actor"/> of <paramref name="org"/> with <paramref name="roles"/> (anonymous when <paramref name="org"/> is null).</summary>
    public GraphQLHttpClient Client(string? org, string actor = "actor_1", params string[] roles) =>
        new(GraphQLUrl) { Token = org is null ? null : HostProcess.Token(org, actor, roles.Length == 0 ? ["admin"] : roles) };

    /// <summary>A WebSocket client acting as <paramref name="actor"/> of <paramref name="org"/>.</summary>
    public Task<GraphQLWebSocketClient> SocketAsync(string org, string actor = "actor_1", params string[] roles) =>
        GraphQLWebSocketClient.ConnectAsync(WebSocketUrl, HostProcess.Token(org, actor, roles.Length == 0 ? ["admin"] : roles));

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
