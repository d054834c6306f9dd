namespace Platform.GraphQL.Language.Syntax;

/// <summary>Where a node or token is in its source.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public readonly record struct Location(int Start, int End, int Line, int Column);
