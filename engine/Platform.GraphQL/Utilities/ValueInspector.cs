using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Platform.GraphQL.Utilities;

/// <summary>Renders runtime values for messages as graphql-js's <c>inspect</c> does: strings quoted, objects as <c>{ a: 1 }</c>.</summary>
public static class ValueInspector
{
    /// <summary>The value in graphql-js <c>inspect</c> notation.</summary>
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d when double.IsNaN(d) => "NaN",
        double d when double.IsPositiveInfinity(d) => "Infinity",
        double d when double.IsNegativeInfinity(d) => "-Infinity",
        float f => Inspect((double)f),
        IFormattable number when IsNumber(value) => number.ToString(null, CultureInfo.InvariantCulture),
        JsonElement json => json.ValueKind == JsonValueKind.String ? JsonSerializer.Serialize(json.GetString()) : json.GetRawText(),
        IEnumerable<KeyValuePair<string, object?>> map => map.Any() ? "{ " + string.Join(", ", map.Select(e => $"{e.Key}: {Inspect(e.Value)}")) + " }" : "{}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => value.ToString() ?? "",
    };

    private static bool IsNumber(object value) => value is int or long or double or decimal or short or byte or uint or ulong;
}
