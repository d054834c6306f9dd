using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Core.Primitives;
using Platform.Core.Rules;
using Platform.Model.Values;

namespace Platform.Core.Repositories.Filters;

/// <summary>
/// Evaluates a bound filter in memory, with the same meaning as its SQL (subscriptions filter
/// events with it): a condition on a missing value is false, <c>neq</c> and <c>nin</c> are
/// null-safe (a missing value differs from every value), text compares by code point, case-insensitive
/// operators fold case with the invariant culture, and JSON containment follows PostgreSQL's <c>@&gt;</c>.
/// </summary>
public static class FilterEvaluator
{
    /// <summary>Whether the row whose values <paramref name="read"/> returns (by field key, money as <see cref="Money"/> or { amount, currency }) matches.</summary>
    public static bool Matches(BoundFilter filter, Func<string, object?> read) => filter switch
    {
        BoundAnd and => and.Filters.All(f => Matches(f, read)),
        BoundOr or => or.Filters.Any(f => Matches(f, read)),
        BoundNot not => !Matches(not.Inner, read),
        BoundCondition condition => Evaluate(condition, Read(condition.Path, read)),
        _ => false,
    };

    private static object? Read(string path, Func<string, object?> read)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return Normalize(read(path));
        }

        var money = read(path[..dot]);
        var part = path[(dot + 1)..];
        return money switch
        {
            Money m => part == "amount" ? m.Amount : m.Currency,
            IReadOnlyDictionary<string, object?> map => Normalize(map.GetValueOrDefault(part)),
            _ => null,
        };
    }

    private static object? Normalize(object? value) => value switch
    {
        JsonElement json => RuleValues.FromJson(json),
        int i => (long)i,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, dt.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dt.Kind)),
        _ => value,
    };

    private static bool Evaluate(BoundCondition c, object? actual)
    {
        if (c.Op == FilterOperator.IsNull)
        {
            return (actual is null) == (bool)c.Value!;
        }

        if (c.Op == FilterOperator.Neq)
        {
            return !SameValue(actual, c.Value);
        }

        if (c.Op == FilterOperator.Nin)
        {
            return actual is null || !((object?[])c.Value!).Any(v => SameValue(actual, v));
        }

        if (actual is null)
        {
            return false;
        }

        switch (c.Op)
        {
            case FilterOperator.Eq:
                return c.Value is null ? false : SameValue(actual, c.Value);
            case FilterOperator.In:
                return ((object?[])c.Value!).Any(v => v is not null && SameValue(actual, v));
            case FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte:
                if (c.Value is null)
                {
                    return false;
                }

                var order = Compare(actual, c.Value);
                return c.Op switch { FilterOperator.Gt => order > 0, FilterOperator.Gte => order >= 0, FilterOperator.Lt => order < 0, _ => order <= 0 };
            case FilterOperator.Contains when c.Kind == FilterFieldKind.String:
                return actual is string s && s.Contains((string)c.Value!, StringComparison.Ordinal);
            case FilterOperator.Contains when c.Kind == FilterFieldKind.IdList:
                return RuleValues.AsList(actual).Any(v => v is string id && id == (string)c.Value!);
            case FilterOperator.Contains:
                return JsonContains(PlainValue.From(actual), c.Value, topLevel: true);
            case FilterOperator.StartsWith:
                return actual is string a && a.StartsWith((string)c.Value!, StringComparison.Ordinal);
            case FilterOperator.EndsWith:
                return actual is string e && e.EndsWith((string)c.Value!, StringComparison.Ordinal);
            case FilterOperator.IEq:
                return actual is string i && string.Equals(Fold(i), Fold((string)c.Value!), StringComparison.Ordinal);
            case FilterOperator.IContains:
                return actual is string ic && Fold(ic).Contains(Fold((string)c.Value!), StringComparison.Ordinal);
            case FilterOperator.IStartsWith:
                return actual is string isw && Fold(isw).StartsWith(Fold((string)c.Value!), StringComparison.Ordinal);
            case FilterOperator.Matches:
                return actual is string m && Regex.IsMatch(m, (string)c.Value!, RegexOptions.CultureInvariant, RegexSubset.Timeout);
            case FilterOperator.ContainsAll:
                var all = RuleValues.AsList(actual).OfType<string>().ToHashSet(StringComparer.Ordinal);
                return ((string[])c.Value!).All(all.Contains);
            case FilterOperator.ContainsAny:
                var any = RuleValues.AsList(actual).OfType<string>().ToHashSet(StringComparer.Ordinal);
                return ((string[])c.Value!).Any(any.Contains);
            case FilterOperator.HasKey:
                return PlainValue.From(actual) switch
                {
                    ValueMap map => map.ContainsKey((string)c.Value!),
                    ValueList list => list.Any(v => v is string s2 && s2 == (string)c.Value!),
                    string s3 => s3 == (string)c.Value!,
                    _ => false,
                };
            case FilterOperator.Within:
                return GeoShapes.TryReadPoint(actual, out var point) && GeoShapes.TryReadPolygon(c.Value, out var rings) && GeoShapes.Contains(rings, point);
            case FilterOperator.Intersects:
                return GeoShapes.TryReadPoint(actual, out var p) && (GeoShapes.TryReadPolygon(c.Value, out var r) ? GeoShapes.Contains(r, p) : GeoShapes.TryReadPoint(c.Value, out var q) && q == p);
            default:
                return false;
        }
    }

    /// <summary>Case folding of the case-insensitive operators (PostgreSQL: lower() under the ICU root collation).</summary>
    public static string Fold(string text) => text.ToLowerInvariant();

    private static bool SameValue(object? actual, object? expected)
    {
        if (actual is null || expected is null)
        {
            return actual is null && expected is null;
        }

        return expected switch
        {
            string s => actual is string a && string.Equals(a, s, StringComparison.Ordinal),
            DateTimeOffset d => RuleValues.TryDate(actual, out var date) && date == d,
            bool b => actual is bool x && x == b,
            decimal m => RuleValues.IsNumber(actual) && Convert.ToDecimal(actual, CultureInfo.InvariantCulture) == m,
            _ => RuleValues.IsNumber(actual) && RuleValues.IsNumber(expected) && RuleValues.CompareNumbers(actual, expected) == 0,
        };
    }

    private static int Compare(object actual, object expected) => expected switch
    {
        string s => string.CompareOrdinal(actual as string, s) is var o ? Math.Sign(o) : 0,
        DateTimeOffset d => RuleValues.TryDate(actual, out var date) ? date.CompareTo(d) : 0,
        decimal m => Convert.ToDecimal(actual, CultureInfo.InvariantCulture).CompareTo(m),
        _ => RuleValues.CompareNumbers(actual, expected),
    };

    /// <summary>PostgreSQL's jsonb containment (<c>@&gt;</c>): objects contain sub-objects, arrays contain elements, and a top-level array contains a scalar.</summary>
    private static bool JsonContains(object? left, object? right, bool topLevel)
    {
        switch (left, right)
        {
            case (ValueMap l, ValueMap r):
                return r.All(entry => l.TryGetValue(entry.Key, out var value) && JsonContains(value, entry.Value, topLevel: false));
            case (ValueList l, ValueList r):
                return r.All(item => l.Any(candidate => item is ValueList or ValueMap ? JsonContains(candidate, item, topLevel: false) : ScalarEquals(candidate, item)));
            case (ValueList l, _) when topLevel && right is not ValueMap:
                return l.Any(candidate => ScalarEquals(candidate, right));
            case (ValueMap, _) or (ValueList, _) or (_, ValueMap) or (_, ValueList):
                return false;
            default:
                return ScalarEquals(left, right);
        }
    }

    private static bool ScalarEquals(object? left, object? right) =>
        left is not (ValueMap or ValueList) && right is not (ValueMap or ValueList) && PlainValue.AreEqual(left, right) && (left is bool) == (right is bool) && (left is string) == (right is string);
}
