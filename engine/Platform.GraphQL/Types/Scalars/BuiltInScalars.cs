using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using static Platform.GraphQL.Utilities.ValueInspector;

namespace Platform.GraphQL.Types.Scalars;

/// <summary>The spec's built-in scalars (§ 3.5.1–3.5.5) with graphql-js 16's coercion and messages.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The spec's scalar names.")]
public static class BuiltInScalars
{
    /// <summary><c>Int</c>: a signed 32-bit integer.</summary>
    public static ScalarType Int { get; } = new(
        "Int",
        value => SerializeInt(value),
        value => Number(value) is { } n && IsIntegral(n) ? (n is >= int.MinValue and <= int.MaxValue ? (object)(int)n : throw Fail($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}")) : throw Fail($"Int cannot represent non-integer value: {Inspect(value)}"),
        literal => literal is IntValueNode node
            ? int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : throw Fail($"Int cannot represent non 32-bit signed integer value: {node.Value}")
            : throw Fail($"Int cannot represent non-integer value: {SyntaxPrinter.Print(literal)}"),
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    /// <summary><c>Float</c>: a double-precision finite number.</summary>
    public static ScalarType Float { get; } = new(
        "Float",
        value => SerializeFloat(value),
        value => Number(value) is { } n && double.IsFinite(n) ? n : throw Fail($"Float cannot represent non numeric value: {Inspect(value)}"),
        literal => literal switch
        {
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f when double.Parse(f.Value, CultureInfo.InvariantCulture) is var d && double.IsFinite(d) => d,
            _ => throw Fail($"Float cannot represent non numeric value: {SyntaxPrinter.Print(literal)}"),
        },
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    /// <summary><c>String</c>: UTF-8 text.</summary>
    public static ScalarType String { get; } = new(
        "String",
        value => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            _ when Number(value) is { } n && double.IsFinite(n) => FormatNumber(value!),
            _ => throw Fail($"String cannot represent value: {Inspect(value)}"),
        },
        value => value is string s ? s : value is JsonElement { ValueKind: JsonValueKind.String } json ? json.GetString() : throw Fail($"String cannot represent a non string value: {Inspect(value)}"),
        literal => literal is StringValueNode s ? s.Value : throw Fail($"String cannot represent a non string value: {SyntaxPrinter.Print(literal)}"),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    /// <summary><c>Boolean</c>: true or false.</summary>
    public static ScalarType Boolean { get; } = new(
        "Boolean",
        value => value switch
        {
            bool b => b,
            JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } json => json.GetBoolean(),
            _ when Number(value) is { } n && double.IsFinite(n) => n != 0,
            _ => throw Fail($"Boolean cannot represent a non boolean value: {Inspect(value)}"),
        },
        value => value is bool b ? b : value is JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } json ? json.GetBoolean() : throw Fail($"Boolean cannot represent a non boolean value: {Inspect(value)}"),
        literal => literal is BooleanValueNode b ? b.Value : throw Fail($"Boolean cannot represent a non boolean value: {SyntaxPrinter.Print(literal)}"),
        "The `Boolean` scalar type represents `true` or `false`.");

    /// <summary><c>ID</c>: a unique identifier, serialized as a string; accepts strings and integers.</summary>
    public static ScalarType ID { get; } = new(
        "ID",
        value => value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            _ when Number(value) is { } n && IsIntegral(n) => FormatNumber(value!),
            _ => throw Fail($"ID cannot represent value: {Inspect(value)}"),
        },
        value => value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            _ when Number(value) is { } n && IsIntegral(n) => FormatNumber(value!),
            _ => throw Fail($"ID cannot represent value: {Inspect(value)}"),
        },
        literal => literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw Fail($"ID cannot represent a non-string and non-integer value: {SyntaxPrinter.Print(literal)}"),
        },
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    /// <summary>Every built-in scalar.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>Whether <paramref name="name"/> is a built-in scalar.</summary>
    public static bool IsBuiltIn(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    internal static ScalarCoercionException Fail(string message) => new(message);

    // A number of any CLR numeric type (or JSON number), as a double; null for non-numbers.
    internal static double? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        uint ui => ui,
        ulong ul => ul,
        JsonElement { ValueKind: JsonValueKind.Number } json => json.GetDouble(),
        _ => null,
    };

    internal static bool IsIntegral(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    private static int SerializeInt(object? value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Length > 0 => parsed,
            _ => Number(value),
        };
        if (number is not { } n || !IsIntegral(n))
        {
            throw Fail($"Int cannot represent non-integer value: {Inspect(value)}");
        }

        return n is >= int.MinValue and <= int.MaxValue ? (int)n : throw Fail($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
    }

    private static double SerializeFloat(object? value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && s.Length > 0 => parsed,
            _ => Number(value),
        };
        return number is { } n && double.IsFinite(n) ? n : throw Fail($"Float cannot represent non numeric value: {Inspect(value)}");
    }

    private static string FormatNumber(object value) => value switch
    {
        JsonElement json => json.GetRawText(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
