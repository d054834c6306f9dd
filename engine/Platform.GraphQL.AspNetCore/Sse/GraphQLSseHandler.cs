using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.AspNetCore.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, distinct connections mode (npm graphql-sse): each request is one
/// operation answered as <c>text/event-stream</c> — a <c>next</c> event per result (errors found before
/// execution included, so EventSource keeps the connection) and a final <c>complete</c>. The client
/// ends a subscription by closing the connection.
/// </summary>
/// <param name="current">The executor of the schema served now (a request keeps the one it started with).</param>
/// <param name="options">Limits and per-request context.</param>
public sealed class GraphQLSseHandler(Func<GraphQLExecutor> current, GraphQLHttpOptions? options = null)
{
    /// <summary>Serves one schema.</summary>
    public GraphQLSseHandler(GraphQLExecutor executor, GraphQLHttpOptions? options = null)
        : this(() => executor, options)
    {
    }

    /// <summary>The media type of an event stream.</summary>
    public const string EventStream = "text/event-stream";

    private readonly GraphQLHttpOptions _options = options ?? new GraphQLHttpOptions();

    /// <summary>Handles one request to the stream endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.Request.Headers.Accept.ToString().Contains(EventStream, StringComparison.OrdinalIgnoreCase))
        {
            await GraphQLHttpHandler.WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, "application/json", $"This endpoint streams {EventStream}; ask for it in Accept (or use /graphql).", "NOT_ACCEPTABLE").ConfigureAwait(false);
            return;
        }

        var request = await GraphQLRequestReader.ReadAsync(context, "application/json", _options.MaxBodyBytes).ConfigureAwait(false);
        if (request is null)
        {
            return;
        }

        var caller = _options.Identify?.Invoke(context) ?? GraphQLCaller.Anonymous;
        if (caller.Refusal is { } refusal)
        {
            await GraphQLHttpHandler.WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "application/json", refusal, "UNAUTHENTICATED").ConfigureAwait(false);
            return;
        }

        request = request with { UserContext = caller.Context };
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        var aborted = context.RequestAborted;
        var executor = current();
        try
        {
            var operation = Operations.Select(executor.Prepare(request.Query).Document, request.OperationName);
            if (operation is { Operation: OperationType.Subscription })
            {
                var subscription = await executor.SubscribeAsync(request, aborted).ConfigureAwait(false);
                if (subscription.Error is { } error)
                {
                    await WriteEventAsync(response, "next", ExecutionResultJson.Serialize(error), aborted).ConfigureAwait(false);
                }
                else if (subscription.Stream is { } stream)
                {
                    await foreach (var result in stream.WithCancellation(aborted).ConfigureAwait(false))
                    {
                        await WriteEventAsync(response, "next", ExecutionResultJson.Serialize(result), aborted).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                var result = await executor.ExecuteAsync(request, aborted).ConfigureAwait(false);
                await WriteEventAsync(response, "next", ExecutionResultJson.Serialize(result), aborted).ConfigureAwait(false);
            }

            await WriteEventAsync(response, "complete", "", aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how it completes a subscription.
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, string name, string data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {name}\ndata: {data}\n\n", Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
