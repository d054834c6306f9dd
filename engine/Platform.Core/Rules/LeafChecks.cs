using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Platform.Core.Rules;

/// <summary>
/// The leaf tests compiled rules call directly, one per operator and constant kind: given whether the
/// path was found and its value, with constants converted at compile time. Nothing here allocates for
/// scalar values, dictionaries and string lists.
/// </summary>
internal static class LeafChecks
{
    public static bool EqualsText(bool found, object? actual, string text) =>
        found && (actual is string s ? string.Equals(s, text, StringComparison.Ordinal) : RuleValues.AreEqual(actual, text));

    public static bool EqualsLong(bool found, object? actual, long number) =>
        found && (actual is long l ? l == number : RuleValues.AreEqual(actual, number));

    public static bool EqualsValue(bool found, object? actual, object? constant) =>
        found ? RuleValues.AreEqual(actual, constant) : constant is null; // a missing path equals null

    public static bool CompareLong(bool found, object? actual, long bound, int op) =>
        found && actual switch
        {
            long l => Accept(op, l.CompareTo(bound)),
            int i => Accept(op, ((long)i).CompareTo(bound)),
            double d => Accept(op, d.CompareTo(bound)),
            _ => RuleValues.Compare(actual, bound) is { } c && Accept(op, c),
        };

    public static bool CompareDouble(bool found, object? actual, double limit, int op) =>
        found && (actual is double d ? Accept(op, d.CompareTo(limit)) : RuleValues.TryDouble(actual, out var n) ? Accept(op, n.CompareTo(limit)) : RuleValues.Compare(actual, limit) is { } c && Accept(op, c));

    public static bool CompareDate(bool found, object? actual, string text, DateTimeOffset date, int op) =>
        found && RuleValues.Compare(actual, actual is string ? text : date) is { } c && Accept(op, c);

    public static bool CompareValue(bool found, object? actual, object? constant, int op) =>
        found && RuleValues.Compare(actual, constant) is { } c && Accept(op, c);

    public static bool InTexts(bool found, object? actual, HashSet<string> set, object?[] items) =>
        found && (actual is string s ? set.Contains(s) : AnyEqual(items, actual));

    public static bool InValues(bool found, object? actual, object?[] items) => AnyEqual(items, found ? actual : null);

    public static bool ContainsText(bool found, object? actual, string text) =>
        found && actual switch
        {
            string[] strings => Array.IndexOf(strings, text) >= 0,
            List<string> list => list.Contains(text),
            string s => s.Contains(text, StringComparison.Ordinal),
            _ => RuleOperators.Contains(actual, text),
        };

    public static bool ContainsValue(bool found, object? actual, object? constant) => found && RuleOperators.Contains(actual, constant);

    public static bool ContainsAll(bool found, object? actual, object?[] required)
    {
        if (!found || !RuleValues.IsList(actual))
        {
            return false;
        }

        foreach (var item in required)
        {
            if (!RuleValues.ListContains(actual, item))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Matches(bool found, object? actual, Regex regex)
    {
        if (!found || actual is not string text)
        {
            return false;
        }

        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static bool Exists(bool found, object? actual) => found && actual is not null;

    public static bool Empty(bool found, object? actual) => !found || RuleValues.IsEmpty(actual);

    public static bool WithinDays(bool found, object? actual, object? days, TimeProvider time) => found && RuleOperators.WithinDays(actual, days, time.GetUtcNow());

    public static bool SpatialWithin(bool found, object? actual, IReadOnlyList<(double X, double Y)[]> rings) => found && RuleOperators.SpatialWithin(actual, rings);

    /// <summary>The comparison operators as numbers the compiled code passes as constants: gt, gte, lt, lte.</summary>
    public static int OperatorCode(Platform.Model.Rules.RuleOp op) => op switch
    {
        Platform.Model.Rules.RuleOp.Gt => 0,
        Platform.Model.Rules.RuleOp.Gte => 1,
        Platform.Model.Rules.RuleOp.Lt => 2,
        _ => 3,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Accept(int op, int comparison) => op switch
    {
        0 => comparison > 0,
        1 => comparison >= 0,
        2 => comparison < 0,
        _ => comparison <= 0,
    };

    private static bool AnyEqual(object?[] items, object? actual)
    {
        foreach (var item in items)
        {
            if (RuleValues.AreEqual(actual, item))
            {
                return true;
            }
        }

        return false;
    }
}
