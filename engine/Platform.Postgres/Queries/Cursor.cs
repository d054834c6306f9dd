using System.Globalization;
using System.Text.Json;
using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;

namespace Platform.Postgres.Queries;

/// <summary>
/// A position in a sorted list: the sort values and id of a row. Encoded as opaque base64url JSON
/// that names the sort it belongs to; decoding checks every value's type against the sort, so a
/// forged or mismatched cursor is a <c>VALIDATION_FAILED</c>, never a SQL error.
/// </summary>
/// <param name="Values">The row's sort values, in sort order.</param>
/// <param name="Id">The row's id (the tie-breaker).</param>
public sealed record Cursor(IReadOnlyList<object?> Values, string Id)
{
    /// <summary>Encodes the cursor for <paramref name="sort"/>.</summary>
    public string Encode(IReadOnlyList<SortKey> sort)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("s", Signature(sort));
            writer.WriteStartArray("v");
            foreach (var value in Values)
            {
                switch (value)
                {
                    case null: writer.WriteNullValue(); break;
                    case string s: writer.WriteStringValue(s); break;
                    case bool b: writer.WriteBooleanValue(b); break;
                    case long l: writer.WriteNumberValue(l); break;
                    case int i: writer.WriteNumberValue(i); break;
                    case double d: writer.WriteNumberValue(d); break;
                    case decimal m: writer.WriteStringValue(m.ToString(CultureInfo.InvariantCulture)); break;
                    case DateTimeOffset t: writer.WriteStringValue(t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)); break;
                    default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
                }
            }

            writer.WriteEndArray();
            writer.WriteString("i", Id);
            writer.WriteEndObject();
        }

        return Convert.ToBase64String(stream.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes a cursor made for <paramref name="sort"/>.</summary>
    /// <exception cref="ValidationError">The text is not a cursor of this list.</exception>
    public static Cursor Decode(string text, IReadOnlyList<SortKey> sort, string argument)
    {
        try
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - (base64.Length % 4)) % 4);
            using var document = JsonDocument.Parse(Convert.FromBase64String(base64));
            var root = document.RootElement;
            if (root.GetProperty("s").GetString() != Signature(sort))
            {
                throw new FormatException("sort mismatch");
            }

            var values = root.GetProperty("v").EnumerateArray().ToList();
            if (values.Count != sort.Count)
            {
                throw new FormatException("arity");
            }

            var decoded = values.Select((v, i) => Read(v, sort[i].Kind)).ToList();
            var id = root.GetProperty("i").GetString() ?? throw new FormatException("id");
            return new Cursor(decoded, id);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or KeyNotFoundException or OverflowException)
        {
            throw new ValidationError(argument, "The cursor is not one this list produced (or the list's order changed); start again without it.", "invalidCursor");
        }
    }

    private static object? Read(JsonElement value, FilterFieldKind kind) => value.ValueKind == JsonValueKind.Null ? null : kind switch
    {
        FilterFieldKind.Int or FilterFieldKind.Long => value.GetInt64(),
        FilterFieldKind.Float => value.GetDouble(),
        FilterFieldKind.Decimal => decimal.Parse(value.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture),
        FilterFieldKind.Boolean => value.GetBoolean(),
        FilterFieldKind.DateTime => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime(),
        _ => value.GetString() ?? throw new FormatException("string"),
    };

    private static string Signature(IReadOnlyList<SortKey> sort) =>
        string.Join(",", sort.Select(k => k.Path + (k.Direction == SortDirection.Desc ? "-" : "+")));
}
