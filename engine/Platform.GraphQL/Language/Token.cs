namespace Platform.GraphQL.Language;

/// <summary>A lexical token.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Value">For names, numbers and strings: the value (strings with escapes resolved).</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value = null)
{
    /// <summary>How graphql-js names a token kind in messages: punctuators quoted, others by name.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>The token as graphql-js describes it in messages: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null ? Describe(Kind) : $"{Describe(Kind)} \"{Value}\"";
}
