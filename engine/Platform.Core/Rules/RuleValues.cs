using System.Collections;
using System.Globalization;
using System.Text.Json;
using Platform.Core.Primitives;

namespace Platform.Core.Rules;

/// <summary>
/// The value semantics shared by rule evaluation, compilation and explanation (and by in-memory
/// filters): numbers compare by value across CLR types, strings ordinally, dates as instants
/// (ISO-8601 strings included), lists element-wise. Nothing here allocates for scalar values.
/// </summary>
public static class RuleValues
{
    /// <summary>Converts a JSON scalar to its CLR value; objects and arrays stay <see cref="JsonElement"/>s.</summary>
    public static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var l) ? l : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => json,
    };

    /// <summary>Whether the value is a number of any CLR numeric type.</summary>
    public static bool IsNumber(object? value) => value is int or long or double or decimal or float or short or byte or uint or ulong or ushort or sbyte;

    /// <summary>Equality as rules see it.</summary>
    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right) == 0;
        }

        if (left is string ls && right is string rs)
        {
            return string.Equals(ls, rs, StringComparison.Ordinal);
        }

        if (TryDate(left, out var ld) && TryDate(right, out var rd) && (left is not string || right is not string))
        {
            return ld == rd;
        }

        if (left is Enum || right is Enum)
        {
            return string.Equals(left.ToString(), right.ToString(), StringComparison.Ordinal);
        }

        if (IsList(left) && IsList(right))
        {
            return SequenceEqual(AsList(left), AsList(right));
        }

        return left.Equals(right);
    }

    /// <summary>Orders two values; null when they are not comparable (different kinds, or null).</summary>
    public static int? Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right);
        }

        if (left is string ls && right is string rs)
        {
            return string.CompareOrdinal(ls, rs);
        }

        if (TryDate(left, out var ld) && TryDate(right, out var rd))
        {
            return ld.CompareTo(rd);
        }

        if (left is Money lm && right is Money rm && lm.Currency == rm.Currency)
        {
            return lm.Amount.CompareTo(rm.Amount);
        }

        return left is bool lb && right is bool rb ? lb.CompareTo(rb) : null;
    }

    /// <summary>Compares two numbers exactly where both are integral or decimal, as doubles otherwise.</summary>
    public static int CompareNumbers(object left, object right)
    {
        if (TryInt64(left, out var li) && TryInt64(right, out var ri))
        {
            return li.CompareTo(ri);
        }

        if (left is double or float || right is double or float)
        {
            return ToDouble(left).CompareTo(ToDouble(right));
        }

        return ToDecimal(left).CompareTo(ToDecimal(right));
    }

    /// <summary>Reads an instant from a date value or an ISO-8601 string.</summary>
    public static bool TryDate(object? value, out DateTimeOffset date)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                date = offset;
                return true;
            case DateTime dateTime:
                date = dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime);
                return true;
            case string text when text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-':
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
            default:
                date = default;
                return false;
        }
    }

    /// <summary>Whether the value is a list (not a string or dictionary).</summary>
    public static bool IsList(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Array } || (value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>);

    /// <summary>Enumerates a list value (JSON arrays as CLR values).</summary>
    public static IEnumerable<object?> AsList(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } json => json.EnumerateArray().Select(e => FromJson(e)),
        IEnumerable<object?> items => items,
        IEnumerable items when value is not string => items.Cast<object?>(),
        _ => [],
    };

    /// <summary>Whether <paramref name="list"/> holds an element equal to <paramref name="item"/>.</summary>
    public static bool ListContains(object? list, object? item)
    {
        if (list is IList<string> strings && item is string s)
        {
            return strings.Contains(s);
        }

        if (list is IList items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (AreEqual(items[i], item))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var element in AsList(list))
        {
            if (AreEqual(element, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the value is absent, an empty string, or an empty list or map.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        JsonElement { ValueKind: JsonValueKind.Array } json => json.GetArrayLength() == 0,
        JsonElement { ValueKind: JsonValueKind.Object } json => !json.EnumerateObject().Any(),
        ICollection collection => collection.Count == 0,
        IReadOnlyCollection<object?> collection => collection.Count == 0,
        IEnumerable items => !items.Cast<object?>().Any(),
        _ => false,
    };

    /// <summary>Reads a number as <see cref="double"/>.</summary>
    public static bool TryDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case decimal m: number = (double)m; return true;
            case float f: number = f; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>Renders a value for an explanation: strings quoted, lists bracketed.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "missing",
        string s => $"'{s}'",
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        JsonElement json => json.GetRawText(),
        _ when IsList(value) => "[" + string.Join(", ", AsList(value).Select(Describe)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => $"{e.Key}: {Describe(e.Value)}")) + "}",
        _ => value.ToString() ?? "",
    };

    private static bool SequenceEqual(IEnumerable<object?> left, IEnumerable<object?> right)
    {
        using var l = left.GetEnumerator();
        using var r = right.GetEnumerator();
        while (true)
        {
            var hasLeft = l.MoveNext();
            if (hasLeft != r.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!AreEqual(l.Current, r.Current))
            {
                return false;
            }
        }
    }

    private static bool TryInt64(object value, out long number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case uint ui: number = ui; return true;
            case ushort us: number = us; return true;
            case sbyte sb: number = sb; return true;
            case ulong ul when ul <= long.MaxValue: number = (long)ul; return true;
            default: number = 0; return false;
        }
    }

    private static double ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        ulong ul => ul,
        _ => TryInt64(value, out var l) ? l : throw new ArgumentException("Not a number.", nameof(value)),
    };

    private static decimal ToDecimal(object value) => value switch
    {
        decimal m => m,
        ulong ul => ul,
        _ => TryInt64(value, out var l) ? l : (decimal)ToDouble(value),
    };
}
