using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Platform.GraphQL.AspNetCore.WebSockets;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>graphql-transport-ws with a raw WebSocket client: the message flow and every close code.</summary>
public sealed class WebSocketProtocolTests(GraphQLServer server) : IClassFixture<GraphQLServer>
{
    [Fact]
    public async Task Init_ack_subscribe_next_complete_and_ping_pong()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init","payload":{"Authorization":"Bearer good"}}""");
        Assert.Equal("connection_ack", Type(await ReceiveAsync(socket)));

        await SendAsync(socket, """{"type":"ping"}""");
        Assert.Equal("pong", Type(await ReceiveAsync(socket)));

        await SendAsync(socket, """{"type":"subscribe","id":"1","payload":{"query":"subscription { ticks(count: 3) }"}}""");
        var messages = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            messages.Add(await ReceiveAsync(socket));
        }

        Assert.Equal(
            ["""{"type":"next","id":"1","payload":{"data":{"ticks":1}}}""", """{"type":"next","id":"1","payload":{"data":{"ticks":2}}}""", """{"type":"next","id":"1","payload":{"data":{"ticks":3}}}""", """{"type":"complete","id":"1"}"""],
            messages);

        await SendAsync(socket, """{"type":"subscribe","id":"2","payload":{"query":"{ whoami }"}}""");
        Assert.Equal("""{"type":"next","id":"2","payload":{"data":{"whoami":"Bearer good"}}}""", await ReceiveAsync(socket));
        Assert.Equal("""{"type":"complete","id":"2"}""", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task Validation_errors_come_as_an_error_message()
    {
        using var socket = await InitializedAsync();
        await SendAsync(socket, """{"type":"subscribe","id":"e","payload":{"query":"subscription { nope }"}}""");

        using var error = JsonDocument.Parse(await ReceiveAsync(socket));
        Assert.Equal("error", error.RootElement.GetProperty("type").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.RootElement.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Complete_from_the_client_stops_a_running_subscription()
    {
        using var socket = await InitializedAsync();
        await SendAsync(socket, """{"type":"subscribe","id":"long","payload":{"query":"subscription { ticks(count: 1000) }"}}""");
        Assert.Equal("next", Type(await ReceiveAsync(socket)));

        await SendAsync(socket, """{"type":"complete","id":"long"}""");
        await SendAsync(socket, """{"type":"ping"}""");

        string message;
        do
        {
            message = await ReceiveAsync(socket);
        }
        while (Type(message) == "next");

        Assert.Equal("pong", Type(message));
    }

    [Fact]
    public async Task Subscribe_before_ack_closes_4401() =>
        await AssertClosesAsync(CloseCodes.Unauthorized, """{"type":"subscribe","id":"1","payload":{"query":"{ hello }"}}""");

    [Fact]
    public async Task A_second_init_closes_4429() =>
        await AssertClosesAsync(CloseCodes.TooManyRequests, """{"type":"connection_init"}""", """{"type":"connection_init"}""");

    [Fact]
    public async Task An_invalid_message_closes_4400() =>
        await AssertClosesAsync(CloseCodes.BadRequest, """{"type":"connection_init"}""", """{"what":"ever"}""");

    [Fact]
    public async Task A_message_that_is_not_json_closes_4400() =>
        await AssertClosesAsync(CloseCodes.BadRequest, "not json at all");

    [Fact]
    public async Task A_duplicate_operation_id_closes_4409() =>
        await AssertClosesAsync(CloseCodes.SubscriberExists, """{"type":"connection_init"}""",
            """{"type":"subscribe","id":"dup","payload":{"query":"subscription { ticks(count: 1000) }"}}""",
            """{"type":"subscribe","id":"dup","payload":{"query":"subscription { ticks(count: 1000) }"}}""");

    [Fact]
    public async Task Too_many_operations_on_one_connection_close_4429() =>
        await AssertClosesAsync(CloseCodes.TooManyRequests, """{"type":"connection_init"}""",
            """{"type":"subscribe","id":"a","payload":{"query":"subscription { ticks(count: 1000) }"}}""",
            """{"type":"subscribe","id":"b","payload":{"query":"subscription { ticks(count: 1000) }"}}""",
            """{"type":"subscribe","id":"c","payload":{"query":"subscription { ticks(count: 1000) }"}}""",
            """{"type":"subscribe","id":"d","payload":{"query":"subscription { ticks(count: 1000) }"}}""");

    [Fact]
    public async Task A_refused_connection_closes_4403() =>
        await AssertClosesAsync(CloseCodes.Forbidden, """{"type":"connection_init","payload":{"authorization":"Bearer bad"}}""");

    [Fact]
    public async Task No_init_in_time_closes_4408() => await AssertClosesAsync(CloseCodes.InitTimeout);

    [Fact]
    public async Task Shutting_the_server_down_closes_open_sockets_with_1001()
    {
        var own = new GraphQLServer();
        await own.InitializeAsync();
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocketHandler.TransportWs);
        await socket.ConnectAsync(own.WebSocketUrl, CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", Type(await ReceiveAsync(socket)));
        await SendAsync(socket, """{"type":"subscribe","id":"s","payload":{"query":"subscription { ticks(count: 100000) }"}}""");

        var stopping = own.DisposeAsync();
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
        }
        while (result.MessageType != WebSocketMessageType.Close);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        await stopping;

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
    }

    [Fact]
    public async Task The_legacy_graphql_ws_protocol_of_older_apollo_clients_works()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocketHandler.LegacyWs);
        await socket.ConnectAsync(server.WebSocketUrl, CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init","payload":{}}""");
        Assert.Equal("connection_ack", Type(await ReceiveAsync(socket)));
        Assert.Equal("ka", Type(await ReceiveAsync(socket)));

        await SendAsync(socket, """{"type":"start","id":"1","payload":{"query":"subscription { ticks(count: 1) }"}}""");

        Assert.Equal("""{"type":"data","id":"1","payload":{"data":{"ticks":1}}}""", await ReceiveAsync(socket));
        Assert.Equal("""{"type":"complete","id":"1"}""", await ReceiveAsync(socket));
    }

    private async Task AssertClosesAsync(int code, params string[] messages)
    {
        using var socket = await ConnectAsync();
        foreach (var message in messages)
        {
            await SendAsync(socket, message);
        }

        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
        }
        while (result.MessageType != WebSocketMessageType.Close);

        Assert.Equal(code, (int?)socket.CloseStatus);
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocketHandler.TransportWs);
        await socket.ConnectAsync(server.WebSocketUrl, CancellationToken.None);
        Assert.Equal(GraphQLWebSocketHandler.TransportWs, socket.SubProtocol);
        return socket;
    }

    private async Task<ClientWebSocket> InitializedAsync()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", Type(await ReceiveAsync(socket)));
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    private static string? Type(string message)
    {
        using var document = JsonDocument.Parse(message);
        return document.RootElement.GetProperty("type").GetString();
    }
}
