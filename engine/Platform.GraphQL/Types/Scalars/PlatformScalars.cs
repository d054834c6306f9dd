using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using static Platform.GraphQL.Types.Scalars.BuiltInScalars;
using static Platform.GraphQL.Utilities.ValueInspector;

namespace Platform.GraphQL.Types.Scalars;

/// <summary>The platform's custom scalars (ARCHITECTURE.md § Field types): DateTime, JSON, Long, Decimal.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The platform's scalar names.")]
public static class PlatformScalars
{
    /// <summary><c>DateTime</c>: an instant as an ISO-8601 string in UTC (<c>2026-01-31T12:00:00.000Z</c>); input accepts any offset.</summary>
    public static ScalarType DateTime { get; } = new(
        "DateTime",
        value => value switch
        {
            DateTimeOffset d => Format(d),
            System.DateTime d => Format(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(d, TimeSpan.Zero) : new DateTimeOffset(d)),
            string s when TryParseInstant(s, out var parsed) => Format(parsed),
            _ => throw Fail($"DateTime cannot represent value: {Inspect(value)}"),
        },
        value => (value is JsonElement { ValueKind: JsonValueKind.String } json ? json.GetString() : value) is string s && TryParseInstant(s, out var parsed)
            ? parsed
            : throw Fail($"DateTime cannot represent value: {Inspect(value)}; expected an ISO-8601 date and time with offset, e.g. \"2026-01-31T12:00:00Z\"."),
        literal => literal is StringValueNode s && TryParseInstant(s.Value, out var parsed)
            ? parsed
            : throw Fail($"DateTime cannot represent value: {SyntaxPrinter.Print(literal)}; expected an ISO-8601 date and time with offset, e.g. \"2026-01-31T12:00:00Z\"."),
        "An instant in time: an ISO-8601 string with offset on input, always UTC on output.",
        "https://scalars.graphql.org/andimarek/date-time");

    /// <summary><c>JSON</c>: any JSON value.</summary>
    public static ScalarType Json { get; } = new(
        "JSON",
        value => value,
        value => value is JsonElement json ? json.Clone() : value,
        literal => LiteralToJson(literal),
        "Any JSON value: object, array, string, number, boolean or null.",
        "https://www.rfc-editor.org/rfc/rfc8259");

    /// <summary><c>Long</c>: a signed 64-bit integer, serialized as a JSON number.</summary>
    public static ScalarType Long { get; } = new(
        "Long",
        value => value switch
        {
            long l => l,
            int i => (long)i,
            _ when Number(value) is { } n && IsIntegral(n) && n is >= long.MinValue and <= long.MaxValue => (long)n,
            _ => throw Fail($"Long cannot represent non 64-bit signed integer value: {Inspect(value)}"),
        },
        value => value switch
        {
            long l => l,
            int i => (long)i,
            JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetInt64(out var l) => l,
            _ when Number(value) is { } n && IsIntegral(n) && n is > long.MinValue and < long.MaxValue => (long)n,
            _ => throw Fail($"Long cannot represent non 64-bit signed integer value: {Inspect(value)}"),
        },
        literal => literal is IntValueNode node && long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw Fail($"Long cannot represent non 64-bit signed integer value: {SyntaxPrinter.Print(literal)}"),
        "A signed 64-bit integer.");

    /// <summary><c>Decimal</c>: an exact decimal number, serialized as a string so no precision is lost in JSON.</summary>
    public static ScalarType Decimal { get; } = new(
        "Decimal",
        value => value switch
        {
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
            double d when double.IsFinite(d) => ((decimal)d).ToString(CultureInfo.InvariantCulture),
            string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed.ToString(CultureInfo.InvariantCulture),
            _ => throw Fail($"Decimal cannot represent value: {Inspect(value)}"),
        },
        value => ParseDecimal(value is JsonElement json ? json.ValueKind == JsonValueKind.String ? json.GetString() : json.GetRawText() : value is string or null ? value : Convert.ToString(value, CultureInfo.InvariantCulture), value),
        literal => literal switch
        {
            StringValueNode s => ParseDecimal(s.Value, literal),
            IntValueNode i => ParseDecimal(i.Value, literal),
            FloatValueNode f => ParseDecimal(f.Value, literal),
            _ => throw Fail($"Decimal cannot represent value: {SyntaxPrinter.Print(literal)}"),
        },
        "An exact decimal number, written as a string (\"12.50\") so that no precision is lost.");

    /// <summary>Every platform scalar.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [DateTime, Json, Long, Decimal];

    private static string Format(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static bool TryParseInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out instant)
        && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10);

    private static decimal ParseDecimal(object? text, object? original) =>
        text is string s && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail($"Decimal cannot represent value: {(original is ValueNode node ? SyntaxPrinter.Print(node) : Inspect(original))}");

    private static object? LiteralToJson(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        BooleanValueNode b => b.Value,
        StringValueNode s => s.Value,
        IntValueNode i => long.TryParse(i.Value, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(LiteralToJson).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => LiteralToJson(f.Value), StringComparer.Ordinal),
        _ => throw Fail($"JSON cannot represent value: {SyntaxPrinter.Print(literal)}"),
    };

    internal static bool IsList(object? value) => value is IEnumerable and not string and not IDictionary;
}
