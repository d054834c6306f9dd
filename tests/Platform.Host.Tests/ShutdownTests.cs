using System.Net.WebSockets;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>Stopping the host: open sockets are told to go elsewhere, modules shut down, the process ends cleanly.</summary>
public sealed class ShutdownTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Sigterm_closes_websockets_with_1001_shuts_the_modules_down_and_exits_0()
    {
        await using var host = await TestHost.StartAsync(database);
        await using var socket = await host.SocketAsync("org_shutdown");
        await socket.SubscribeAsync("changes", "subscription { itemChanged { kind } }");

        host.Process.Terminate();
        var exit = await host.Process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        await socket.TryNextAsync("changes", TimeSpan.FromSeconds(5)); // the operation ends when the socket closes

        Assert.Equal(0, exit);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
        Assert.Contains("Module catalog shut down", host.Process.Output, StringComparison.Ordinal);
    }
}
