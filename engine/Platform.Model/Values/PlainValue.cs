using System.Collections;
using System.Globalization;
using System.Text;

namespace Platform.Model.Values;

/// <summary>
/// The closed set of values manifests, rules and payloads carry, independent of any JSON or
/// YAML library: <c>null</c>, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="decimal"/>, <see cref="string"/>, <see cref="ValueList"/>, <see cref="ValueMap"/>,
/// and the rule references <see cref="Rules.ValueRef"/> and <see cref="Rules.ParamRef"/>.
/// </summary>
public static class PlainValue
{
    /// <summary>
    /// Normalises a CLR value into the closed set: smaller integers become <see cref="long"/>,
    /// <see cref="float"/> becomes <see cref="double"/>, dictionaries become <see cref="ValueMap"/>
    /// and other sequences <see cref="ValueList"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value has no plain representation.</exception>
    public static object? From(object? value) => value switch
    {
        null => null,
        bool or long or double or decimal or string or ValueList or ValueMap or Rules.ValueRef or Rules.ParamRef => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        ushort us => (long)us,
        uint ui => (long)ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        float f => (double)f,
        char c => c.ToString(),
        Enum e => e.ToString(),
        IEnumerable<KeyValuePair<string, object?>> map => new ValueMap(map),
        IDictionary dictionary => new ValueMap(dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(Convert.ToString(k, CultureInfo.InvariantCulture)!, dictionary[k]))),
        IEnumerable list => new ValueList(list.Cast<object?>()),
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} has no plain representation.", nameof(value)),
    };

    /// <summary>Whether a value is a number of the closed set.</summary>
    public static bool IsNumber(object? value) => value is long or double or decimal;

    /// <summary>Compares two plain values; numbers compare by value whatever their CLR type.</summary>
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

        return left.Equals(right);
    }

    /// <summary>A hash code consistent with <see cref="AreEqual"/>.</summary>
    public static int GetHashCode(object? value) => value switch
    {
        null => 0,
        long l => ((double)l).GetHashCode(),
        decimal d => ((double)d).GetHashCode(),
        _ => value.GetHashCode(),
    };

    /// <summary>Compares two numbers of the closed set, exactly where both are integral or decimal.</summary>
    public static int CompareNumbers(object left, object right)
    {
        return (left, right) switch
        {
            (long a, long b) => a.CompareTo(b),
            (decimal a, decimal b) => a.CompareTo(b),
            (long a, decimal b) => ((decimal)a).CompareTo(b),
            (decimal a, long b) => a.CompareTo(b),
            _ => ToDouble(left).CompareTo(ToDouble(right)),
        };
    }

    /// <summary>Converts a number of the closed set to <see cref="double"/>.</summary>
    public static double ToDouble(object number) => number switch
    {
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => throw new ArgumentException($"{Describe(number)} is not a number.", nameof(number)),
    };

    /// <summary>A short, JSON-like rendering for messages.</summary>
    public static string Describe(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case string s:
                builder.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case long or double or decimal:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case ValueMap map:
                builder.Append('{');
                var first = true;
                foreach (var entry in map)
                {
                    builder.Append(first ? "" : ", ").Append(entry.Key).Append(": ");
                    Append(builder, entry.Value);
                    first = false;
                }

                builder.Append('}');
                break;
            case IEnumerable list:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    builder.Append(firstItem ? "" : ", ");
                    Append(builder, item);
                    firstItem = false;
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
