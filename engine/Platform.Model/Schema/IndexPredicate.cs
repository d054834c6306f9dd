using System.Globalization;
using System.Text;
using Platform.Model.Definitions;
using Platform.Model.Naming;

namespace Platform.Model.Schema;

/// <summary>
/// The predicate language of partial indexes, over field keys rather than columns:
/// <c>refreshTokenHash IS NOT NULL</c>, <c>status = 'active' AND deletedAt IS NULL</c>.
/// Grammar: <c>expr := term (OR term)*; term := factor (AND factor)*; factor := NOT factor | ( expr ) |
/// key IS [NOT] NULL | key op literal</c> with <c>op</c> one of <c>= &lt;&gt; != &lt; &lt;= &gt; &gt;=</c> and
/// literals 'text', numbers, true and false. Keys become columns, so a manifest never carries raw SQL.
/// </summary>
public static class IndexPredicate
{
    /// <summary>Translates <paramref name="predicate"/> to SQL over <paramref name="entity"/>'s columns.</summary>
    /// <param name="predicate">The manifest predicate.</param>
    /// <param name="entity">The entity whose field keys it may use (base keys included).</param>
    /// <param name="sql">The SQL predicate when it parses.</param>
    /// <param name="error">Why it does not, naming the offending token.</param>
    public static bool TryTranslate(string predicate, EntityDefinition entity, out string sql, out string error)
    {
        try
        {
            var parser = new PredicateParser(Tokenize(predicate), entity);
            var result = parser.Expression();
            if (!parser.AtEnd)
            {
                throw new FormatException($"unexpected '{parser.Current}'");
            }

            sql = result;
            error = "";
            return true;
        }
        catch (FormatException e)
        {
            sql = "";
            error = e.Message;
            return false;
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var builder = new StringBuilder("'");
                i++;
                while (i < text.Length && (text[i] != '\'' || (i + 1 < text.Length && text[i + 1] == '\'')))
                {
                    builder.Append(text[i]);
                    if (text[i] == '\'')
                    {
                        builder.Append('\'');
                        i++;
                    }

                    i++;
                }

                if (i >= text.Length)
                {
                    throw new FormatException("unterminated string literal");
                }

                tokens.Add(builder.Append('\'').ToString());
                i++;
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '-' or '.')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' || (text[i] == '-' && i == start)))
                {
                    i++;
                }

                tokens.Add(text.Substring(start, i - start));
            }
            else if (i + 1 < text.Length && (text.Substring(i, 2) is "<>" or "!=" or "<=" or ">="))
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else
            {
                tokens.Add(c.ToString());
                i++;
            }
        }

        return tokens;
    }

    private sealed class PredicateParser(List<string> tokens, EntityDefinition entity)
    {
        private int _position;

        public bool AtEnd => _position >= tokens.Count;

        public string Current => AtEnd ? "end of predicate" : tokens[_position];

        public string Expression()
        {
            var left = Term();
            while (Accept("OR"))
            {
                left = $"{left} OR {Term()}";
            }

            return left;
        }

        private string Term()
        {
            var left = Factor();
            while (Accept("AND"))
            {
                left = $"{left} AND {Factor()}";
            }

            return left;
        }

        private string Factor()
        {
            if (Accept("NOT"))
            {
                return $"NOT {Factor()}";
            }

            if (Accept("("))
            {
                var inner = Expression();
                Expect(")");
                return $"({inner})";
            }

            var key = Next("a field key");
            var column = SqlNames.ColumnForKey(entity, key) ?? throw new FormatException($"'{key}' is not a field of {entity.Name}");
            if (Accept("IS"))
            {
                var not = Accept("NOT");
                Expect("NULL");
                return $"{column} IS {(not ? "NOT " : "")}NULL";
            }

            var op = Next("an operator");
            if (op is not ("=" or "<>" or "!=" or "<" or "<=" or ">" or ">="))
            {
                throw new FormatException($"expected IS or a comparison after '{key}', found '{op}'");
            }

            return $"{column} {(op == "!=" ? "<>" : op)} {Literal()}";
        }

        private string Literal()
        {
            var token = Next("a literal");
            if (token.StartsWith("'", StringComparison.Ordinal))
            {
                return token;
            }

            if (token is "true" or "false" or "TRUE" or "FALSE")
            {
                return token.ToLowerInvariant();
            }

            return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? token
                : throw new FormatException($"'{token}' is not a literal; quote text as 'text'");
        }

        private bool Accept(string keyword)
        {
            if (!AtEnd && string.Equals(tokens[_position], keyword, StringComparison.OrdinalIgnoreCase))
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Expect(string keyword)
        {
            if (!Accept(keyword))
            {
                throw new FormatException($"expected '{keyword}', found '{Current}'");
            }
        }

        private string Next(string what) => AtEnd ? throw new FormatException($"expected {what}, found the end of the predicate") : tokens[_position++];
    }
}
