namespace Platform.GraphQL.Execution;

/// <summary>A request as a transport receives it (GraphQL over HTTP's parameters).</summary>
/// <param name="Query">The document text.</param>
public sealed record GraphQLRequest(string Query)
{
    /// <summary>The operation to run.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values decoded from JSON.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The host's per-request object.</summary>
    public object? UserContext { get; init; }

    /// <summary>The root value.</summary>
    public object? RootValue { get; init; }
}
