using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests;

/// <summary>Builds schemas from SDL and runs documents, returning the response as JSON text.</summary>
internal static class GraphQLHarness
{
    public static Schema Build(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static async Task<string> Execute(Schema schema, string query, string? variablesJson = null, object? root = null, string? operationName = null, ExecutionOptions? options = null)
    {
        var variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, Parser.Parse(query))
        {
            Variables = variables,
            RootValue = root,
            OperationName = operationName,
            Options = options ?? ExecutionOptions.Default,
        });
        return ExecutionResultJson.Serialize(result);
    }

    /// <summary>Compact JSON from readable JSON (so expectations can be written with spaces).</summary>
    public static string Json(string text) => JsonSerializer.Serialize(JsonDocument.Parse(text).RootElement, RelaxedJson);

    /// <summary>Serializes like the engine's responses: only what JSON requires is escaped.</summary>
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
