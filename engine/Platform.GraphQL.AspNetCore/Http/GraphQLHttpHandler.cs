using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/): POST with
/// <c>application/json</c>, GET for queries, responses as <c>application/graphql-response+json</c>
/// or <c>application/json</c> by the Accept header, with the specification's status codes — a
/// malformed request is a 400 with a GraphQL error body; with <c>application/graphql-response+json</c>
/// a request that fails before execution (parse, validation, variable coercion) is a 400 too.
/// </summary>
/// <param name="executor">The executor of the schema served.</param>
/// <param name="options">Limits and per-request context.</param>
public sealed class GraphQLHttpHandler(GraphQLExecutor executor, GraphQLHttpOptions? options = null)
{
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

        GraphQLRequest? parsed;
        string? problem;
        if (HttpMethods.IsPost(request.Method))
        {
            (parsed, problem) = await ReadPostAsync(context).ConfigureAwait(false);
        }
        else if (HttpMethods.IsGet(request.Method))
        {
            (parsed, problem) = ReadGet(request.Query);
        }
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, responseType, $"GraphQL requests are GET or POST, not {request.Method}.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        if (parsed is null)
        {
            var status = problem == UnsupportedMediaType ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest;
            await WriteProblemAsync(context, status, responseType, problem!, "BAD_REQUEST").ConfigureAwait(false);
            return;
        }

        // Mutations change state: only POST may carry them (GET must be safe).
        if (HttpMethods.IsGet(request.Method) && IsMutation(parsed))
        {
            context.Response.Headers.Allow = "POST";
            await WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, responseType, "Mutations are sent with POST; GET only runs queries.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        parsed = parsed with { UserContext = _options.UserContext?.Invoke(context) };
        var result = await executor.ExecuteAsync(parsed, context.RequestAborted).ConfigureAwait(false);
        var failedBeforeExecution = !result.HasData;
        context.Response.StatusCode = responseType == GraphQLResponseJson && failedBeforeExecution ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        context.Response.ContentType = responseType + "; charset=utf-8";
        await context.Response.WriteAsync(ExecutionResultJson.Serialize(result), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    private const string UnsupportedMediaType = "A GraphQL POST has Content-Type application/json (UTF-8).";

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

    private async Task<(GraphQLRequest? Request, string? Problem)> ReadPostAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var type)
            || !string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, UnsupportedMediaType);
        }

        if (context.Request.ContentLength > _options.MaxBodyBytes)
        {
            return (null, $"The request body is larger than {_options.MaxBodyBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var read = new byte[16 * 1024];
        int count;
        while ((count = await context.Request.Body.ReadAsync(read, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + count > _options.MaxBodyBytes)
            {
                return (null, $"The request body is larger than {_options.MaxBodyBytes} bytes.");
            }

            buffer.Write(read, 0, count);
        }

        if (buffer.Length == 0)
        {
            return (null, "The request body is empty; send { \"query\": \"…\" }.");
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return Parameters(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not valid JSON: {e.Message}");
        }
    }

    private static (GraphQLRequest? Request, string? Problem) Parameters(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object with a string 'query'.");
        }

        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return (null, "The request needs 'query', a string holding the GraphQL document.");
        }

        string? operationName = null;
        if (body.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return (null, "'operationName' must be a string or null.");
            }

            operationName = name.GetString();
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (body.TryGetProperty("variables", out var vars) && vars.ValueKind != JsonValueKind.Null)
        {
            if (vars.ValueKind != JsonValueKind.Object)
            {
                return (null, "'variables' must be an object or null.");
            }

            variables = vars.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
        }

        if (body.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object))
        {
            return (null, "'extensions' must be an object or null.");
        }

        return (new GraphQLRequest(query.GetString()!) { OperationName = operationName, Variables = variables }, null);
    }

    private static (GraphQLRequest? Request, string? Problem) ReadGet(IQueryCollection query)
    {
        if (!query.TryGetValue("query", out var text) || text.Count != 1 || string.IsNullOrEmpty(text[0]))
        {
            return (null, "A GraphQL GET needs the 'query' parameter.");
        }

        var body = new Dictionary<string, object?> { ["query"] = text[0] };
        if (query.TryGetValue("operationName", out var name) && name.Count == 1 && name[0]!.Length > 0)
        {
            body["operationName"] = name[0];
        }

        foreach (var parameter in new[] { "variables", "extensions" })
        {
            if (query.TryGetValue(parameter, out var json) && json.Count == 1 && json[0]!.Length > 0)
            {
                try
                {
                    body[parameter] = JsonDocument.Parse(json[0]!).RootElement.Clone();
                }
                catch (JsonException)
                {
                    return (null, $"'{parameter}' must be URL-encoded JSON.");
                }
            }
        }

        return Parameters(JsonSerializer.SerializeToElement(body));
    }

    private static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var operations = Parser.Parse(request.Query).Definitions.OfType<OperationDefinitionNode>().ToList();
            var operation = request.OperationName is null ? operations.Count == 1 ? operations[0] : null : operations.FirstOrDefault(o => o.Name?.Value == request.OperationName);
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLSyntaxException)
        {
            return false; // the executor reports the syntax error
        }
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string contentType, string message, string code)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType + "; charset=utf-8";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
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
