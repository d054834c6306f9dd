using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>What to execute: a schema, a parsed (and validated) document, and the request's inputs.</summary>
/// <param name="Schema">The schema.</param>
/// <param name="Document">The document.</param>
public sealed record ExecutionRequest(Schema Schema, DocumentNode Document)
{
    /// <summary>Which operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values as decoded from JSON (maps, lists, strings, numbers, booleans, or JsonElements).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The value root fields resolve on.</summary>
    public object? RootValue { get; init; }

    /// <summary>The host's per-request object, handed to every resolver.</summary>
    public object? UserContext { get; init; }

    /// <summary>Limits.</summary>
    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;
}
