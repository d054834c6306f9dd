using System.Globalization;
using System.Text.Json;
using Platform.Model.Values;

namespace Platform.Core.Serialization;

/// <summary>Converts between JSON and plain values (<see cref="PlainValue"/>): the bridge from JSON text to the model.</summary>
public static class PlainJson
{
    /// <summary>Reads a JSON element as a plain value: integers as <see cref="long"/>, other numbers as <see cref="double"/> (or <see cref="decimal"/> when a double would lose digits).</summary>
    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new ValueMap(element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, FromElement(p.Value)))),
        JsonValueKind.Array => new ValueList(element.EnumerateArray().Select(FromElement)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ReadNumber(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Parses JSON text into a plain value.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }

    /// <summary>Writes a plain value as JSON text.</summary>
    public static string Serialize(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a plain value to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (PlainValue.From(value))
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ValueMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case ValueList list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case var other:
                throw new JsonException($"A {other?.GetType().Name} cannot be written as plain JSON.");
        }
    }

    private static object ReadNumber(JsonElement element)
    {
        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }

        var raw = element.GetRawText();
        var asDouble = element.GetDouble();
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && (decimal)asDouble != exact ? exact : asDouble;
    }
}
