namespace Platform.GraphQL.Execution;

/// <summary>The outcome of subscribing: a request error, or the response stream.</summary>
/// <param name="Error">The request error, when subscribing failed.</param>
/// <param name="Stream">One result per source event, when it succeeded.</param>
public sealed record SubscriptionResult(ExecutionResult? Error, IAsyncEnumerable<ExecutionResult>? Stream);
