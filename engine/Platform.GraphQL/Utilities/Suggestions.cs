namespace Platform.GraphQL.Utilities;

/// <summary>"Did you mean …?" suggestions, as graphql-js makes them (lexical distance within 40 % of the input).</summary>
public static class Suggestions
{
    /// <summary>The options close to <paramref name="input"/>, closest first, at most five.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = Math.Floor(input.Length * 0.4) + 1;
        return options
            .Select(o => (Option: o, Distance: Distance(input, o)))
            .Where(o => o.Distance <= threshold)
            .OrderBy(o => o.Distance)
            .ThenBy(o => o.Option, StringComparer.Ordinal)
            .Select(o => o.Option)
            .Take(5)
            .ToList();
    }

    /// <summary>graphql-js <c>didYouMean</c>: <c> Did you mean "a", "b", or "c"?</c>, or empty.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} or {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return subMessage is null ? $" Did you mean {list}?" : $" Did you mean {subMessage} {list}?";
    }

    // Damerau–Levenshtein on case-insensitive input; a case-only difference counts as 1 (graphql-js LexicalDistance).
    private static double Distance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        if (x == y)
        {
            return 1;
        }

        var rows = new int[x.Length + 1, y.Length + 1];
        for (var i = 0; i <= x.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= y.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    value = Math.Min(value, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = value;
            }
        }

        return rows[x.Length, y.Length];
    }
}
