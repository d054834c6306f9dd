using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): POST with
/// <c>application/json</c>, GET for queries, responses as <c>application/graphql-response+json</c>
/// or <c>application/json</c> by the Accept header, with the specification's status codes — a
/// malformed request is a 400 with a GraphQL error body; with <c>application/graphql-response+json</c>
/// a request that fails before execution (parse, validation, variable coercion) is a 400 too.
/// </summary>
/// <param name="executor">The executor of the schema served now (a host that swaps schemas returns the newest; a request keeps the one it started with).</param>
/// <param name="options">Limits and per-request context.</param>
public sealed class GraphQLHttpHandler(Func<GraphQLExecutor> executor, GraphQLHttpOptions? options = null)
{
    /// <summary>Serves one schema.</summary>
    public GraphQLHttpHandler(GraphQLExecutor executor, GraphQLHttpOptions? options = null)
        : this(() => executor, options)
    {
    }

    /// <summary>The media type of the GraphQL-over-HTTP specification.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    private const string Json = "application/json";
    private readonly GraphQLHttpOptions _options = options ?? new GraphQLHttpOptions();

    /// <summary>Handles one request to the GraphQL endpoint.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var responseType = Negotiate(request.Headers.Accept);
        if (responseType is null)
        {
            await WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, Json, $"The response can be {GraphQLResponseJson} or {Json}; ask for one of them in Accept.", "NOT_ACCEPTABLE").ConfigureAwait(false);
            return;
        }

        var parsed = await GraphQLRequestReader.ReadAsync(context, responseType, _options.MaxBodyBytes).ConfigureAwait(false);
        if (parsed is null)
        {
            return; // the reader answered with the problem
        }

        var caller = _options.Identify?.Invoke(context) ?? GraphQLCaller.Anonymous;
        if (caller.Refusal is { } refusal)
        {
            await WriteProblemAsync(context, StatusCodes.Status401Unauthorized, responseType, refusal, "UNAUTHENTICATED").ConfigureAwait(false);
            return;
        }

        parsed = parsed with { UserContext = caller.Context };
        ExecutionResult result;
        try
        {
            result = await executor().ExecuteAsync(parsed, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // A failure of the engine itself: the client still gets a GraphQL error with a code, never an empty 500.
            _options.OnUnexpected?.Invoke(exception);
            await WriteProblemAsync(context, StatusCodes.Status500InternalServerError, responseType, "Unexpected error.", "INTERNAL").ConfigureAwait(false);
            return;
        }

        var failedBeforeExecution = !result.HasData;
        context.Response.StatusCode = responseType == GraphQLResponseJson && failedBeforeExecution ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        context.Response.ContentType = responseType + "; charset=utf-8";
        await context.Response.WriteAsync(ExecutionResultJson.Serialize(result), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The response media type the Accept header allows, preferring the specification's own; null when neither is acceptable.</summary>
    private static string? Negotiate(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return Json;
        }

        var accepted = types.Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1).ToList();
        foreach (var type in accepted)
        {
            var name = type.MediaType.Value ?? "";
            if (name.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (name.Equals(Json, StringComparison.OrdinalIgnoreCase) || name is "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    internal static async Task WriteProblemAsync(HttpContext context, int status, string contentType, string message, string code)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType + "; charset=utf-8";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExecutionResultJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(stream.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }
}
