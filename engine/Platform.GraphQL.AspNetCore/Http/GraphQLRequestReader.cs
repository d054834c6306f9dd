using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a GraphQL request as the GraphQL-over-HTTP specification defines it (POST JSON body or GET
/// query parameters), for the HTTP and SSE transports alike. A malformed request is answered here
/// (400, 405 or 415 with a GraphQL error body) and yields null.
/// </summary>
internal static class GraphQLRequestReader
{
    private const string Json = "application/json";
    private const string UnsupportedMediaType = "A GraphQL POST has Content-Type application/json (UTF-8).";

    public static async Task<GraphQLRequest?> ReadAsync(HttpContext context, string responseType, long maxBodyBytes)
    {
        var request = context.Request;
        GraphQLRequest? parsed;
        string? problem;
        if (HttpMethods.IsPost(request.Method))
        {
            (parsed, problem) = await ReadPostAsync(context, maxBodyBytes).ConfigureAwait(false);
        }
        else if (HttpMethods.IsGet(request.Method))
        {
            (parsed, problem) = ReadGet(request.Query);
        }
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLHttpHandler.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, responseType, $"GraphQL requests are GET or POST, not {request.Method}.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return null;
        }

        if (parsed is null)
        {
            var status = problem == UnsupportedMediaType ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest;
            await GraphQLHttpHandler.WriteProblemAsync(context, status, responseType, problem!, "BAD_REQUEST").ConfigureAwait(false);
            return null;
        }

        // Mutations change state: only POST may carry them (GET must be safe).
        if (HttpMethods.IsGet(request.Method) && IsMutation(parsed))
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLHttpHandler.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, responseType, "Mutations are sent with POST; GET only runs queries.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return null;
        }

        return parsed;
    }

    private static async Task<(GraphQLRequest? Request, string? Problem)> ReadPostAsync(HttpContext context, long maxBodyBytes)
    {
        var contentType = context.Request.ContentType;
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var type)
            || !string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
            || (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, UnsupportedMediaType);
        }

        if (context.Request.ContentLength > maxBodyBytes)
        {
            return (null, $"The request body is larger than {maxBodyBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var read = new byte[16 * 1024];
        int count;
        while ((count = await context.Request.Body.ReadAsync(read, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + count > maxBodyBytes)
            {
                return (null, $"The request body is larger than {maxBodyBytes} bytes.");
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

    internal static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            return Operations.Select(Parser.Parse(request.Query), request.OperationName)?.Operation == OperationType.Mutation;
        }
        catch (GraphQLSyntaxException)
        {
            return false; // the executor reports the syntax error
        }
    }

}
