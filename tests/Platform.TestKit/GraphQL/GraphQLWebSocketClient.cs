using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Platform.TestKit.GraphQL;

/// <summary>
/// A graphql-transport-ws client for end-to-end tests: connects, initialises with a bearer token in the
/// <c>connection_init</c> payload, and keeps each operation's messages in its own queue.
/// </summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentQueue<TaskCompletionSource> _pongs = new();
    private Task? _receive;

    private GraphQLWebSocketClient()
    {
    }

    /// <summary>How the socket closed, once it has.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Connects to <paramref name="url"/> (<c>ws://…/graphql</c>) and waits for <c>connection_ack</c>.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(Uri url, string? token, TimeSpan? timeout = null)
    {
        var client = new GraphQLWebSocketClient();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        await client._socket.ConnectAsync(url, deadline.Token).ConfigureAwait(false);
        var payload = token is null ? "{}" : JsonSerializer.Serialize(new { authorization = "Bearer " + token });
        await client.SendRawAsync($$"""{"type":"connection_init","payload":{{payload}}}""").ConfigureAwait(false);
        var ack = await client.ReceiveOneAsync(deadline.Token).ConfigureAwait(false);
        if (ack?.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"Expected connection_ack, got {(ack?.ToString() ?? $"close {client._socket.CloseStatus}")}.");
        }

        client._receive = Task.Run(client.ReceiveLoopAsync);
        return client;
    }

    /// <summary>
    /// Starts an operation (a subscription, or a query or mutation) under <paramref name="id"/>, then
    /// pings and waits for the pong: the server sets a subscription up before it reads the next message,
    /// so once this returns no event can be missed.
    /// </summary>
    public async Task SubscribeAsync(string id, string query, object? variables = null)
    {
        _operations.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonElement>());
        await SendRawAsync(JsonSerializer.Serialize(new { type = "subscribe", id, payload = new { query, variables } })).ConfigureAwait(false);
        var pong = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pongs.Enqueue(pong);
        await SendRawAsync("""{"type":"ping"}""").ConfigureAwait(false);
        await pong.Task.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    /// <summary>Completes an operation from the client's side.</summary>
    public Task CompleteAsync(string id) => SendRawAsync(JsonSerializer.Serialize(new { type = "complete", id }));

    /// <summary>The next message (<c>next</c>, <c>error</c> or <c>complete</c>) of operation <paramref name="id"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task<JsonElement> NextAsync(string id, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        try
        {
            return await _operations.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonElement>()).Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No message for operation '{id}' within {(timeout ?? TimeSpan.FromSeconds(15)).TotalSeconds} s (socket: {_socket.State}, close {_socket.CloseStatus}).");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The socket closed ({_socket.CloseStatus} {_socket.CloseStatusDescription}) before a message for operation '{id}'.");
        }
    }

    /// <summary>The message for <paramref name="id"/> that arrives within <paramref name="wait"/>, or null when none does or the socket closed (to assert that nothing is delivered).</summary>
    public async Task<JsonElement?> TryNextAsync(string id, TimeSpan wait)
    {
        using var deadline = new CancellationTokenSource(wait);
        try
        {
            return await _operations.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonElement>()).Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        if (_receive is not null)
        {
            try
            {
                await _receive.ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
        _stop.Dispose();
        _send.Dispose();
    }

    private async Task SendRawAsync(string message)
    {
        await _send.WaitAsync().ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var message = await ReceiveOneAsync(_stop.Token).ConfigureAwait(false);
            if (message is not { } element)
            {
                foreach (var operation in _operations.Values)
                {
                    operation.Writer.TryComplete();
                }

                while (_pongs.TryDequeue(out var waiting))
                {
                    waiting.TrySetException(new InvalidOperationException($"The socket closed ({_socket.CloseStatus}) before the pong."));
                }

                return;
            }

            if (element.TryGetProperty("id", out var id) && id.GetString() is { } operationId)
            {
                await _operations.GetOrAdd(operationId, _ => Channel.CreateUnbounded<JsonElement>()).Writer.WriteAsync(element).ConfigureAwait(false);
            }
            else if (element.GetProperty("type").GetString() == "ping")
            {
                await SendRawAsync("""{"type":"pong"}""").ConfigureAwait(false);
            }
            else if (element.GetProperty("type").GetString() == "pong" && _pongs.TryDequeue(out var pong))
            {
                pong.TrySetResult();
            }
        }
    }

    private async Task<JsonElement?> ReceiveOneAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                // Answer the server's close, as browsers do.
                try
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None).ConfigureAwait(false);
                }
                catch (WebSocketException)
                {
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(message.ToArray());
                return document.RootElement.Clone();
            }
        }
    }
}
