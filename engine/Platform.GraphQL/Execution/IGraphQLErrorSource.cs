namespace Platform.GraphQL.Execution;

/// <summary>
/// An exception that knows how it appears in a GraphQL response: its message and extensions
/// (the platform's errors carry <c>code</c> and, for validation, <c>failures</c>).
/// </summary>
public interface IGraphQLErrorSource
{
    /// <summary>The message clients see.</summary>
    string Message { get; }

    /// <summary>The extensions clients see (<c>code</c> at least).</summary>
    IReadOnlyDictionary<string, object?>? Extensions { get; }
}
