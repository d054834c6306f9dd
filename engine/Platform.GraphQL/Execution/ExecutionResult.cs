using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Execution;

/// <summary>
/// A response (spec § 7.1): <see cref="Data"/> keyed in selection-set order, and errors. A request
/// error (no operation, bad variables) has no data entry at all: <see cref="HasData"/> is false.
/// </summary>
public sealed record ExecutionResult
{
    /// <summary>The result of the operation, or null when a non-null root field failed.</summary>
    public OrderedDictionary<string, object?>? Data { get; init; }

    /// <summary>Whether the response has a <c>data</c> entry (false for request errors).</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, in the order they occurred.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    /// <summary>Extensions of the response.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A request error: errors only, no data entry.</summary>
    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false };
}
