using System.Globalization;
using System.Text;
using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Language;

/// <summary>
/// Turns source text into tokens (spec § 2 "Language"), skipping ignored tokens: the byte order
/// mark, white space, line terminators, commas and comments. Messages follow graphql-js 16.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
    }

    /// <summary>The source.</summary>
    public Source Source { get; }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before the current one.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next token and returns it; at the end it keeps returning end of file.</summary>
    public Token Advance()
    {
        LastToken = Token;
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadToken();
        }

        return Token;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        var (position, line, lineStart) = (_position, _line, _lineStart);
        var next = ReadToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return next;
    }

    /// <summary>A syntax error at <paramref name="offset"/>.</summary>
    public GraphQLSyntaxException Error(int offset, string description) => new(description, LocationOf(offset));

    /// <summary>The line and column of an offset.</summary>
    public SourceLocation LocationOf(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < _body.Length; i++)
        {
            if (_body[i] == '\n' || (_body[i] == '\r' && (i + 1 >= _body.Length || _body[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, offset - lineStart + 1);
    }

    private int CharAt(int index) => index < _body.Length ? _body[index] : -1;

    private Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    private Token ReadToken()
    {
        var body = _body;
        while (_position < body.Length)
        {
            var code = body[_position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    continue;
                case '\n':
                    _position++;
                    NewLine();
                    continue;
                case '\r':
                    _position += CharAt(_position + 1) == '\n' ? 2 : 1;
                    NewLine();
                    continue;
                case '#':
                    SkipComment();
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang);
                case '$':
                    return Punctuator(TokenKind.Dollar);
                case '&':
                    return Punctuator(TokenKind.Amp);
                case '(':
                    return Punctuator(TokenKind.ParenLeft);
                case ')':
                    return Punctuator(TokenKind.ParenRight);
                case '.' when CharAt(_position + 1) == '.' && CharAt(_position + 2) == '.':
                    return Punctuator(TokenKind.Spread, 3);
                case ':':
                    return Punctuator(TokenKind.Colon);
                case '=':
                    return Punctuator(TokenKind.Equals);
                case '@':
                    return Punctuator(TokenKind.At);
                case '[':
                    return Punctuator(TokenKind.BracketLeft);
                case ']':
                    return Punctuator(TokenKind.BracketRight);
                case '{':
                    return Punctuator(TokenKind.BraceLeft);
                case '|':
                    return Punctuator(TokenKind.Pipe);
                case '}':
                    return Punctuator(TokenKind.BraceRight);
                case '"':
                    return CharAt(_position + 1) == '"' && CharAt(_position + 2) == '"' ? ReadBlockString() : ReadString();
            }

            if (char.IsAsciiDigit(code) || code == '-')
            {
                return ReadNumber();
            }

            if (IsNameStart(code))
            {
                return ReadName();
            }

            throw Error(_position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(_position)
                    ? $"Unexpected character: {PrintCodePointAt(_position)}."
                    : $"Invalid character: {PrintCodePointAt(_position)}.");
        }

        return Make(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private Token Punctuator(TokenKind kind, int length = 1)
    {
        var token = Make(kind, _position, _position + length);
        _position += length;
        return token;
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    // Comment :: # CommentChar*  — runs to the end of the line.
    private void SkipComment()
    {
        var position = _position + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                break;
            }

            position += width;
        }

        _position = position;
    }

    // Name :: NameStart NameContinue*
    private Token ReadName()
    {
        var start = _position;
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }

        var token = Make(TokenKind.Name, start, position, _body[start..position]);
        _position = position;
        return token;
    }

    // IntValue :: IntegerPart ; FloatValue :: IntegerPart FractionalPart? ExponentPart?
    private Token ReadNumber()
    {
        var start = _position;
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (code is >= '0' and <= '9')
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // Numbers cannot be followed by . or NameStart.
        if (code == '.' || (code >= 0 && IsNameStart((char)code)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        var token = Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
        _position = position;
        return token;
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (firstCode is not (>= '0' and <= '9'))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (CharAt(position) is >= '0' and <= '9')
        {
            position++;
        }

        return position;
    }

    private static bool IsNameStart(char code) => char.IsAsciiLetter(code) || code == '_';

    private static bool IsNameContinue(char code) => char.IsAsciiLetterOrDigit(code) || code == '_';

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0x0000 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    // SourceCharacter: 1 for a scalar value, 2 for a surrogate pair, 0 for a lone surrogate.
    private int SourceCharacterWidth(int position) =>
        IsUnicodeScalarValue(_body[position]) ? 1 : IsSupplementaryCodePoint(position) ? 2 : 0;

    private bool IsSupplementaryCodePoint(int position) =>
        char.IsHighSurrogate((char)CharAt(position)) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);

    // graphql-js printCodePointAt: printable ASCII quoted, everything else as U+XXXX, past the end <EOF>.
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        var code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint) => builder.Append(char.ConvertFromUtf32(codePoint));
}
