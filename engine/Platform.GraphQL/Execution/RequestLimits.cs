namespace Platform.GraphQL.Execution;

/// <summary>Protection for a public endpoint: each limit turns an abusive request into a GraphQL error.</summary>
public sealed record RequestLimits
{
    /// <summary>Limits suitable for a public API.</summary>
    public static RequestLimits Default { get; } = new();

    /// <summary>The longest document, in characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>The most tokens a document may have.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>The deepest field nesting of an operation, fragments expanded.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The most fields an operation may select, fragments expanded (aliases count as fields).</summary>
    public int MaxFields { get; init; } = 2_000;

    /// <summary>How long execution may run.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
