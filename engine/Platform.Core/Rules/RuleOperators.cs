using System.Text.RegularExpressions;
using Platform.Model.Rules;

namespace Platform.Core.Rules;

/// <summary>
/// What each operator means, given the actual value (read from the context) and the expected
/// value (already resolved). The interpreter calls these directly; the compiler pre-computes
/// what it can and falls back to them.
/// </summary>
public static class RuleOperators
{
    /// <summary>Applies <paramref name="op"/>.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="found">Whether the path exists in the context.</param>
    /// <param name="actual">The value at the path.</param>
    /// <param name="expected">The resolved expected value.</param>
    /// <param name="now">The current time, for <c>withinDays</c>.</param>
    /// <param name="regexTimeout">The match timeout for <c>matches</c>.</param>
    public static bool Apply(RuleOp op, bool found, object? actual, object? expected, DateTimeOffset now, TimeSpan regexTimeout) => op switch
    {
        RuleOp.Eq => RuleValues.AreEqual(actual, expected),
        RuleOp.Neq => !RuleValues.AreEqual(actual, expected),
        RuleOp.Gt => RuleValues.Compare(actual, expected) > 0,
        RuleOp.Gte => RuleValues.Compare(actual, expected) >= 0,
        RuleOp.Lt => RuleValues.Compare(actual, expected) < 0,
        RuleOp.Lte => RuleValues.Compare(actual, expected) <= 0,
        RuleOp.In => RuleValues.ListContains(expected, actual),
        RuleOp.Nin => !RuleValues.ListContains(expected, actual),
        RuleOp.Contains => Contains(actual, expected),
        RuleOp.ContainsAll => ContainsAll(actual, expected),
        RuleOp.Matches => actual is string text && expected is string pattern && Matches(text, pattern, regexTimeout),
        RuleOp.Exists => found && actual is not null,
        RuleOp.Empty => RuleValues.IsEmpty(actual),
        RuleOp.WithinDays => WithinDays(actual, expected, now),
        RuleOp.SpatialWithin => GeoShapes.TryReadPolygon(expected, out var rings) && SpatialWithin(actual, rings),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    /// <summary><c>contains</c>: list membership, or substring for strings.</summary>
    public static bool Contains(object? actual, object? expected) => actual switch
    {
        string text => expected is string part && text.Contains(part, StringComparison.Ordinal),
        _ when RuleValues.IsList(actual) => RuleValues.ListContains(actual, expected),
        _ => false,
    };

    /// <summary><c>containsAll</c>: every expected element is in the actual list.</summary>
    public static bool ContainsAll(object? actual, object? expected) =>
        RuleValues.IsList(actual) && RuleValues.IsList(expected) && RuleValues.AsList(expected).All(item => RuleValues.ListContains(actual, item));

    /// <summary><c>matches</c> with a cached regex; a timeout counts as no match.</summary>
    public static bool Matches(string text, string pattern, TimeSpan timeout)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, timeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary><c>withinDays</c>: the date lies at most N days from now, either side.</summary>
    public static bool WithinDays(object? actual, object? expected, DateTimeOffset now) =>
        RuleValues.TryDate(actual, out var date) && RuleValues.TryDouble(expected, out var days) && Math.Abs((now - date).TotalDays) <= days;

    /// <summary><c>spatialWithin</c> against pre-read rings.</summary>
    public static bool SpatialWithin(object? actual, IReadOnlyList<(double X, double Y)[]> rings) =>
        GeoShapes.TryReadPoint(actual, out var point) && GeoShapes.Contains(rings, point);
}
