using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace Platform.LoadTest;

/// <summary>
/// A lean graphql-transport-ws subscriber for load: one socket, one subscription, and for each message only
/// the arrival time and the <c>updatedAt</c> it carries (found by scanning, not parsed into a document),
/// so the load generator spends as little of the shared CPU as it can.
/// </summary>
internal sealed class Subscriber : IAsyncDisposable
{
    private static readonly byte[] Marker = Encoding.UTF8.GetBytes("\"updatedAt\":\"");
    private readonly ClientWebSocket _socket = new();

    public static async Task<Subscriber> ConnectAsync(Uri url, string token, string query, string variablesJson)
    {
        var subscriber = new Subscriber();
        subscriber._socket.Options.AddSubProtocol("graphql-transport-ws");
        await subscriber._socket.ConnectAsync(url, CancellationToken.None);
        await subscriber.SendAsync($$$"""{"type":"connection_init","payload":{"authorization":"Bearer {{{token}}}"}}""");
        await subscriber.ReceiveAsync(new byte[4096]); // connection_ack
        await subscriber.SendAsync($$$"""{"type":"subscribe","id":"s","payload":{"query":{{{System.Text.Json.JsonSerializer.Serialize(query)}}},"variables":{{{variablesJson}}}}}""");
        await subscriber.SendAsync("""{"type":"ping"}""");
        await subscriber.ReceiveAsync(new byte[4096]); // pong: the subscription is live
        return subscriber;
    }

    /// <summary>Receives <paramref name="count"/> changes; returns, for each, milliseconds from its updatedAt to its arrival.</summary>
    public async Task<double[]> ReceiveChangesAsync(int count)
    {
        var latencies = new double[count];
        var buffer = new byte[16 * 1024];
        for (var i = 0; i < count; i++)
        {
            var length = await ReceiveAsync(buffer);
            var arrived = DateTimeOffset.UtcNow;
            var at = buffer.AsSpan(0, length).IndexOf(Marker) + Marker.Length;
            var end = buffer.AsSpan(at, length - at).IndexOf((byte)'"');
            var written = DateTimeOffset.Parse(Encoding.UTF8.GetString(buffer, at, end), CultureInfo.InvariantCulture);
            latencies[i] = (arrived - written).TotalMilliseconds;
        }

        return latencies;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        _socket.Dispose();
    }

    private Task SendAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<int> ReceiveAsync(byte[] buffer)
    {
        var length = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The server closed the socket: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return length;
            }
        }
    }
}
