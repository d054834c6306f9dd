using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws (npm graphql-ws) or, for older Apollo
/// clients, the legacy subscriptions-transport-ws (<c>graphql-ws</c> subprotocol): init and ack,
/// ping/pong, operations multiplexed by id with next/error/complete, and the protocol's close codes.
/// </summary>
internal sealed class GraphQLWebSocketSession(WebSocket socket, bool legacy, HttpContext http, Func<GraphQLExecutor> current, GraphQLWebSocketOptions options) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private bool _initialized;
    private bool _acknowledged;
    private object? _userContext;

    public async Task RunAsync()
    {
        using var initTimer = new CancellationTokenSource(options.InitTimeout);
        initTimer.Token.Register(() => _ = CloseIfNotInitializedAsync());

        // Graceful shutdown: tell the client the server is going away instead of dropping the socket.
        var lifetime = http.RequestServices.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime)) as Microsoft.Extensions.Hosting.IHostApplicationLifetime;
        using var stopping = lifetime?.ApplicationStopping.Register(() => _ = GoAwayAsync());
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var message = await ReceiveAsync().ConfigureAwait(false);
                if (message is null)
                {
                    break;
                }

                await HandleAsync(message.Value).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // The client went away.
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The server is shutting down or the client aborted.
        }
        finally
        {
            await _closing.CancelAsync().ConfigureAwait(false);
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// On shutdown: close with 1001 so clients reconnect elsewhere, and abort a socket whose client does not
    /// answer the close within a grace period — one silent client must not hold the server's shutdown.
    /// </summary>
    private async Task GoAwayAsync()
    {
        await CloseAsync((int)WebSocketCloseStatus.EndpointUnavailable, "Server shutting down").ConfigureAwait(false);
        await Task.Delay(options.CloseGracePeriod).ConfigureAwait(false);
        if (socket.State is not WebSocketState.Closed)
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        _closing.Dispose();
        _send.Dispose();
    }

    private async Task CloseIfNotInitializedAsync()
    {
        if (!_initialized)
        {
            await CloseAsync(CloseCodes.InitTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        var type = typeElement.GetString();
        switch (type)
        {
            case "connection_init":
                await InitAsync(message).ConfigureAwait(false);
                return;
            case "ping" when !legacy:
                await SendAsync(new Dictionary<string, object?> { ["type"] = "pong" }).ConfigureAwait(false);
                return;
            case "pong" when !legacy:
                return;
            case "subscribe" when !legacy:
            case "start" when legacy:
                await SubscribeAsync(message).ConfigureAwait(false);
                return;
            case "complete" when !legacy:
            case "stop" when legacy:
                if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && _operations.TryRemove(id.GetString()!, out var operation))
                {
                    await operation.CancelAsync().ConfigureAwait(false);
                }

                return;
            case "connection_terminate" when legacy:
                await CloseAsync(1000, "Normal Closure").ConfigureAwait(false);
                return;
            default:
                await CloseAsync(CloseCodes.BadRequest, $"Invalid message type '{type}'").ConfigureAwait(false);
                return;
        }
    }

    private async Task InitAsync(JsonElement message)
    {
        if (_initialized)
        {
            await CloseAsync(CloseCodes.TooManyRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initialized = true;
        IReadOnlyDictionary<string, object?>? payload = null;
        if (message.TryGetProperty("payload", out var payloadElement))
        {
            if (payloadElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid connection_init payload").ConfigureAwait(false);
                return;
            }

            if (payloadElement.ValueKind == JsonValueKind.Object)
            {
                payload = payloadElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.OrdinalIgnoreCase);
            }
        }

        _userContext = options.OnConnect is null ? null : await options.OnConnect(http, payload).ConfigureAwait(false);
        if (ReferenceEquals(_userContext, GraphQLWebSocketOptions.Rejected))
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        _acknowledged = true;
        await SendAsync(new Dictionary<string, object?> { ["type"] = "connection_ack" }).ConfigureAwait(false);
        if (legacy)
        {
            await SendAsync(new Dictionary<string, object?> { ["type"] = "ka" }).ConfigureAwait(false);
        }
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(idElement.GetString())
            || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid subscribe message").ConfigureAwait(false);
            return;
        }

        var id = idElement.GetString()!;
        if (_operations.Count >= options.MaxOperationsPerConnection)
        {
            await CloseAsync(CloseCodes.TooManyRequests, $"More than {options.MaxOperationsPerConnection} operations on one connection").ConfigureAwait(false);
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(CloseCodes.SubscriberExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        var request = new GraphQLRequest(query.GetString()!)
        {
            OperationName = payload.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
            Variables = payload.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                ? variables.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
                : null,
            UserContext = _userContext,
        };
        // A subscription's source stream is set up before the next message is read, so a client that
        // sends a ping after subscribing knows from the pong that no event can be missed any more.
        // Its events, and queries and mutations, then run beside the connection's other operations.
        var executor = current(); // the operation runs on the schema served when it starts, even if the host swaps it meanwhile
        var operation = Operations.Select(executor.Prepare(request.Query).Document, request.OperationName);
        if (operation is { Operation: Language.Syntax.OperationType.Subscription })
        {
            SubscriptionResult subscription;
            try
            {
                subscription = await executor.SubscribeAsync(request, cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                Finish(id, cancellation);
                return;
            }

            _ = Task.Run(() => RunOperationAsync(id, () => Task.FromResult(subscription), cancellation), CancellationToken.None);
            return;
        }

        _ = Task.Run(
            () => RunOperationAsync(id, async () => operation is null ? await executor.SubscribeAsync(request, cancellation.Token).ConfigureAwait(false) : new SubscriptionResult(await executor.ExecuteAsync(request, cancellation.Token).ConfigureAwait(false), null), cancellation),
            CancellationToken.None);
    }

    private async Task RunOperationAsync(string id, Func<Task<SubscriptionResult>> start, CancellationTokenSource cancellation)
    {
        try
        {
            // Queries and mutations run once (one next, then complete); subscriptions stream.
            var subscription = await start().ConfigureAwait(false);
            if (subscription.Error is { } error)
            {
                if (!error.HasData)
                {
                    await SendErrorAsync(id, error.Errors).ConfigureAwait(false);
                    return;
                }

                await SendNextAsync(id, error).ConfigureAwait(false);
            }
            else if (subscription.Stream is { } stream)
            {
                await foreach (var result in stream.WithCancellation(cancellation.Token).ConfigureAwait(false))
                {
                    await SendNextAsync(id, result).ConfigureAwait(false);
                }
            }

            if (!cancellation.IsCancellationRequested)
            {
                await SendAsync(new Dictionary<string, object?> { ["type"] = "complete", ["id"] = id }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed.
        }
        catch (WebSocketException)
        {
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failure of the engine itself ends this operation with an error, not the connection.
            await SendErrorAsync(id, [new GraphQLError("Unexpected error.") { Extensions = new Dictionary<string, object?> { ["code"] = "INTERNAL" } }]).ConfigureAwait(false);
        }
        finally
        {
            Finish(id, cancellation);
        }
    }

    private void Finish(string id, CancellationTokenSource cancellation)
    {
        _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
        cancellation.Dispose();
    }

    // Written straight to UTF-8: a subscription event to a thousand sockets is a thousand of these.
    private Task SendNextAsync(string id, ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResultJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", legacy ? "data" : "next");
            writer.WriteString("id", id);
            writer.WritePropertyName("payload");
            ExecutionResultJson.Write(writer, result);
            writer.WriteEndObject();
        }

        return SendRawAsync(buffer.WrittenMemory);
    }

    private Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExecutionResultJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "error");
            writer.WriteString("id", id);
            if (legacy)
            {
                writer.WriteStartObject("payload");
                writer.WriteStartArray("errors");
            }
            else
            {
                writer.WriteStartArray("payload");
            }

            foreach (var error in errors)
            {
                ExecutionResultJson.WriteError(writer, error);
            }

            writer.WriteEndArray();
            if (legacy)
            {
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return SendRawAsync(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private Task SendAsync(Dictionary<string, object?> message) => SendRawAsync(JsonSerializer.Serialize(message));

    private Task SendRawAsync(string text) => SendRawAsync(Encoding.UTF8.GetBytes(text));

    private async Task SendRawAsync(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            await _send.WaitAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return; // the connection is gone
        }

        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task<JsonElement?> ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, http.RequestAborted).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    // Complete the closing handshake the client started (or answered).
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await CloseAsync(result.CloseStatus is { } status ? (int)status : 1000, result.CloseStatusDescription ?? "").ConfigureAwait(false);
                    }

                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > options.MaxMessageBytes)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Message too large").ConfigureAwait(false);
                    return null;
                }

                if (result.EndOfMessage)
                {
                    break;
                }
            }

            try
            {
                using var document = JsonDocument.Parse(message.ToArray());
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                return null;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        try
        {
            await _send.WaitAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _send.Release();
        }

        try
        {
            await _closing.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
