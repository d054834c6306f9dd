namespace Platform.Core.Primitives;

/// <summary>
/// A pattern over dot-separated names where <c>*</c> stands for one or more whole segments.
/// Event subscriptions (<c>catalog.*</c>) and permission resources (<c>catalog.*:read</c>) share it.
/// </summary>
public sealed class SegmentPattern
{
    private readonly string[] _segments;
    private readonly bool _exact;
    private readonly bool _everything;

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="ArgumentException">Empty segments, or <c>*</c> inside a segment (<c>cat*</c>).</exception>
    public SegmentPattern(string pattern, string what = "Pattern")
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _segments = pattern.Split('.');
        foreach (var segment in _segments)
        {
            if (segment.Length == 0 || (segment.Contains('*', StringComparison.Ordinal) && segment != "*"))
            {
                throw new ArgumentException($"{what} '{pattern}' is invalid: use dot-separated segments, where '*' stands alone for one or more segments (e.g. 'catalog.*', '*.created').", nameof(pattern));
            }
        }

        Text = pattern;
        _exact = !_segments.Contains("*");
        _everything = _segments is ["*"];
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Whether the pattern has no wildcard.</summary>
    public bool IsExact => _exact;

    /// <summary>Whether <paramref name="name"/> matches.</summary>
    public bool Matches(string name)
    {
        if (_everything)
        {
            return name.Length > 0;
        }

        if (_exact)
        {
            return string.Equals(Text, name, StringComparison.Ordinal);
        }

        return Match(0, name.Split('.'), 0);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    // '*' consumes one or more segments; patterns are short, so backtracking stays a handful of steps.
    private bool Match(int p, string[] name, int n)
    {
        if (p == _segments.Length)
        {
            return n == name.Length;
        }

        if (_segments[p] != "*")
        {
            return n < name.Length && string.Equals(_segments[p], name[n], StringComparison.Ordinal) && Match(p + 1, name, n + 1);
        }

        for (var end = n + 1; end <= name.Length; end++)
        {
            if (Match(p + 1, name, end))
            {
                return true;
            }
        }

        return false;
    }
}
