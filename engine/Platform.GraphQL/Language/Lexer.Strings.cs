using System.Text;

namespace Platform.GraphQL.Language;

/// <content>String and block string tokens.</content>
public sealed partial class Lexer
{
    // StringValue :: " StringCharacter* "
    private Token ReadString()
    {
        var start = _position;
        var position = start + 1;
        var chunkStart = position;
        var value = new StringBuilder();
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"')
            {
                value.Append(_body, chunkStart, position - chunkStart);
                var token = Make(TokenKind.String, start, position + 1, value.ToString());
                _position = position + 1;
                return token;
            }

            if (code == '\\')
            {
                value.Append(_body, chunkStart, position - chunkStart);
                var size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{' ? ReadEscapedUnicodeVariableWidth(position, value) : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            var width = SourceCharacterWidth(position);
            position += width > 0 ? width : throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    // EscapedUnicode :: { HexDigit+ }  — up to 8 hex digits, a scalar value.
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            var digit = HexDigit(code);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | digit;
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    // EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit — a scalar value, or a surrogate pair written as two escapes.
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            AppendCodePoint(value, code);
            return 6;
        }

        if (char.IsHighSurrogate((char)code) && code >= 0 && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        var escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (escaped == '\0')
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped);
        return 2;
    }

    // BlockString :: """ BlockStringCharacter* """  — the value is dedented (spec BlockStringValue()).
    private Token ReadBlockString()
    {
        var start = _position;
        var (line, lineStart) = (_line, _lineStart);
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = new Token(TokenKind.BlockString, start, position + 3, line, 1 + start - lineStart, BlockStrings.Dedent(lines));
                _position = position + 3;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // drop the backslash, keep the three quotes
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(_body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                _line++;
                _lineStart = position;
                continue;
            }

            var width = SourceCharacterWidth(position);
            position += width > 0 ? width : throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    private int Read16BitHexCode(int position) =>
        (HexDigit(CharAt(position)) << 12) | (HexDigit(CharAt(position + 1)) << 8) | (HexDigit(CharAt(position + 2)) << 4) | HexDigit(CharAt(position + 3));

    private static int HexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];
}
