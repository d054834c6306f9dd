namespace Platform.GraphQL.Language;

/// <summary>Limits that keep a hostile document from exhausting the parser.</summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: nesting depth 256, no token limit.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The deepest nesting of selection sets, list and object values, and list types. The parser
    /// is recursive; this bound is what keeps <c>[[[[…]]]]</c> from overflowing the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>The most tokens a document may have (graphql-js <c>maxTokens</c>), or null for no limit.</summary>
    public int? MaxTokens { get; init; }
}
