namespace Platform.GraphQL.Errors;

/// <summary>A 1-based line and column in a GraphQL document, as errors report them.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
public readonly record struct SourceLocation(int Line, int Column);
