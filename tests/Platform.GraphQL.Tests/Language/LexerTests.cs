using Platform.GraphQL.Errors;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Cases from the spec's lexical grammar; messages and locations as graphql-js 16 reports them.</summary>
public sealed class LexerTests
{
    private static Token LexOne(string text) => new Lexer(new Source(text)).Advance();

    private static GraphQLSyntaxException LexError(string text)
    {
        var lexer = new Lexer(new Source(text));
        return Assert.Throws<GraphQLSyntaxException>(() =>
        {
            lexer.Advance();
            lexer.Advance();
        });
    }

    private static void ExpectError(string text, string message, int line, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void IgnoresBomHeader() =>
        Assert.Equal(new Token(TokenKind.Name, 2, 5, 1, 3, "foo"), LexOne("\uFEFF foo"));

    [Theory]
    [InlineData("foo", 0, 3, 1, 1)]
    [InlineData("\nfoo", 1, 4, 2, 1)]
    [InlineData("\rfoo", 1, 4, 2, 1)]
    [InlineData("\r\nfoo", 2, 5, 2, 1)]
    [InlineData("\n\rfoo", 2, 5, 3, 1)]
    [InlineData("\r\r\n\nfoo", 4, 7, 4, 1)]
    [InlineData("\n\n\r\rfoo", 4, 7, 5, 1)]
    [InlineData("\n \r\n \r  foo\n", 8, 11, 4, 3)]
    public void TracksLineBreaks(string text, int start, int end, int line, int column) =>
        Assert.Equal(new Token(TokenKind.Name, start, end, line, column, "foo"), LexOne(text));

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6, 9)]
    [InlineData("\t\tfoo\t\t", 2, 5)]
    [InlineData("\n    #comment\n    foo#comment\n", 18, 21)]
    [InlineData(",,,foo,,,", 3, 6)]
    public void SkipsWhitespaceAndComments(string text, int start, int end)
    {
        var token = LexOne(text);
        Assert.Equal((TokenKind.Name, start, end, "foo"), (token.Kind, token.Start, token.End, token.Value));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"escape outside BMP \\u{1F600}\"", "escape outside BMP \U0001F600")]
    [InlineData("\"minimal \\u{0}\"", "minimal \0")]
    [InlineData("\"maximal \\u{10FFFF}\"", "maximal \U0010FFFF")]
    [InlineData("\"padded \\u{00000000}\"", "padded \0")]
    [InlineData("\"surrogate pair \\uD83D\\uDE00\"", "surrogate pair \U0001F600")]
    [InlineData("\"minimal pair \\uD800\\uDC00\"", "minimal pair \U00010000")]
    [InlineData("\"maximal pair \\uDBFF\\uDFFF\"", "maximal pair \U0010FFFF")]
    public void LexesStrings(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal((TokenKind.String, 0, text.Length, value), (token.Kind, token.Start, token.End, token.Value));
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    public void ReportsUsefulStringErrors(string text, string message, int line, int column) =>
        ExpectError(text, message, line, column);

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void LexesBlockStrings(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal((TokenKind.BlockString, text.Length, value), (token.Kind, token.End, token.Value));
    }

    [Fact]
    public void BlockString_AdvancesLineNumbers()
    {
        var lexer = new Lexer(new Source("\"\"\"\nline\n\"\"\" name"));
        lexer.Advance();

        var next = lexer.Advance();

        Assert.Equal((TokenKind.Name, 3, 5), (next.Kind, next.Line, next.Column));
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 1, 16)]
    public void ReportsUsefulBlockStringErrors(string text, string message, int line, int column) =>
        ExpectError(text, message, line, column);

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void LexesNumbers(string text, TokenKind kind)
    {
        var token = LexOne(text);
        Assert.Equal((kind, text), (token.Kind, token.Value));
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 1, 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 1, 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 1, 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 1, 6)]
    public void ReportsUsefulNumberErrors(string text, string message, int line, int column) =>
        ExpectError(text, message, line, column);

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void LexesPunctuation(string text, TokenKind kind)
    {
        var token = LexOne(text);
        Assert.Equal((kind, 0, text.Length, (string?)null), (token.Kind, token.Start, token.End, token.Value));
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("~", "Unexpected character: \"~\".", 1, 1)]
    [InlineData("\u0000", "Unexpected character: U+0000.", 1, 1)]
    [InlineData("\u0007", "Unexpected character: U+0007.", 1, 1)]
    [InlineData("\u00AA", "Unexpected character: U+00AA.", 1, 1)]
    [InlineData("\u0AAA", "Unexpected character: U+0AAA.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    public void ReportsUsefulUnknownCharacterErrors(string text, string message, int line, int column) =>
        ExpectError(text, message, line, column);

    // Lone surrogates cannot live in attribute arguments (metadata stores them as UTF-8), so these are built in code.
    public static TheoryData<string, string, int, int> LoneSurrogateCases => new()
    {
        { "\"bad surrogate \uDEAD\"", "Invalid character within String: U+DEAD.", 1, 16 },
        { "\"bad high surrogate pair \uDEAD\uDEAD\"", "Invalid character within String: U+DEAD.", 1, 26 },
        { "\"bad low surrogate pair \uD800\uD800\"", "Invalid character within String: U+D800.", 1, 25 },
        { "\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Invalid character within String: U+D83D.", 1, 28 },
        { "\"\"\"contains invalid surrogate \uDEAD\"\"\"", "Invalid character within String: U+DEAD.", 1, 31 },
        { "\uDEAD", "Invalid character: U+DEAD.", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogateCases), DisableDiscoveryEnumeration = true)]
    public void ReportsLoneSurrogates(string text, string message, int line, int column) =>
        ExpectError(text, message, line, column);

    [Fact]
    public void ErrorsRespectWhitespace() =>
        ExpectError("\n\n ~\n", "Unexpected character: \"~\".", 3, 2);

    [Fact]
    public void ReportsDashesInNames()
    {
        var lexer = new Lexer(new Source("a-b"));

        Assert.Equal(new Token(TokenKind.Name, 0, 1, 1, 1, "a"), lexer.Advance());
        var error = Assert.Throws<GraphQLSyntaxException>(() => lexer.Advance());
        Assert.Equal(("Syntax Error: Invalid number, expected digit but got: \"b\".", new SourceLocation(1, 3)), (error.Message, error.Location));
    }

    [Fact]
    public void LookaheadDoesNotMove()
    {
        var lexer = new Lexer(new Source("{ a }"));
        lexer.Advance();

        Assert.Equal(TokenKind.Name, lexer.Lookahead().Kind);
        Assert.Equal(TokenKind.BraceLeft, lexer.Token.Kind);
        Assert.Equal(TokenKind.Name, lexer.Advance().Kind);
    }

    [Fact]
    public void EndOfFile_IsSticky()
    {
        var lexer = new Lexer(new Source("a"));
        lexer.Advance();

        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }
}
