using System.Globalization;
using System.Text;
using Platform.Model.Values;

namespace Platform.Model.Reading;

/// <summary>
/// Writes plain values (see <see cref="PlainValue"/>) as JSON, keys in the order given — the Model's
/// one JSON writer (netstandard2.0 has no System.Text.Json here): indented for normalized manifests,
/// compact for SQL literals.
/// </summary>
public static class PlainJson
{
    /// <summary>The JSON text of <paramref name="value"/>, two-space indented, ending with a newline.</summary>
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, "");
        return builder.Append('\n').ToString();
    }

    /// <summary>The JSON text of <paramref name="value"/> on one line, without spaces.</summary>
    public static string WriteCompact(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, null);
        return builder.ToString();
    }

    /// <param name="builder">Where the text goes.</param>
    /// <param name="value">The value.</param>
    /// <param name="indent">The current indentation, or null for compact output.</param>
    private static void Append(StringBuilder builder, object? value, string? indent)
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
                AppendString(builder, s);
                break;
            case long or decimal:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case ValueMap map when map.Count == 0:
                builder.Append("{}");
                break;
            case ValueMap map when indent is null:
                builder.Append('{');
                var first = true;
                foreach (var entry in map)
                {
                    builder.Append(first ? "" : ",");
                    AppendString(builder, entry.Key);
                    builder.Append(':');
                    Append(builder, entry.Value, null);
                    first = false;
                }

                builder.Append('}');
                break;
            case ValueMap map:
                builder.Append("{\n");
                var i = 0;
                foreach (var entry in map)
                {
                    builder.Append(indent).Append("  ");
                    AppendString(builder, entry.Key);
                    builder.Append(": ");
                    Append(builder, entry.Value, indent + "  ");
                    builder.Append(++i < map.Count ? ",\n" : "\n");
                }

                builder.Append(indent).Append('}');
                break;
            case ValueList list when list.Count == 0:
                builder.Append("[]");
                break;
            case ValueList list when indent is null:
                builder.Append('[');
                for (var j = 0; j < list.Count; j++)
                {
                    builder.Append(j == 0 ? "" : ",");
                    Append(builder, list[j], null);
                }

                builder.Append(']');
                break;
            case ValueList list:
                builder.Append("[\n");
                for (var j = 0; j < list.Count; j++)
                {
                    builder.Append(indent).Append("  ");
                    Append(builder, list[j], indent + "  ");
                    builder.Append(j + 1 < list.Count ? ",\n" : "\n");
                }

                builder.Append(indent).Append(']');
                break;
            default:
                AppendString(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
