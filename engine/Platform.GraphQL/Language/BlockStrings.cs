using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>Block string values (spec § 2.9.4 "BlockStringValue()") and their printing.</summary>
public static class BlockStrings
{
    /// <summary>Removes the common indentation (of all lines but the first) and the blank first and last lines.</summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent == lines[i].Length)
            {
                continue; // blank lines do not count
            }

            first = first < 0 ? i : first;
            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (first < 0)
        {
            return "";
        }

        var result = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                result.Append('\n');
            }

            var line = lines[i];
            result.Append(i == 0 || commonIndent == int.MaxValue ? line : line.Length > commonIndent ? line[commonIndent..] : "");
        }

        return result.ToString();
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string (graphql-js <c>printBlockString</c>): on one
    /// line when short and safe, otherwise with the content on its own lines.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = value.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
