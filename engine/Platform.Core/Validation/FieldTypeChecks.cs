using System.Globalization;
using System.Text.Json;
using Platform.Core.Errors;
using Platform.Core.Ids;
using Platform.Core.Primitives;
using Platform.Core.Rules;
using Platform.Model.Definitions;

namespace Platform.Core.Validation;

/// <summary>Whether a value has the shape its field type needs (ARCHITECTURE.md § Field types).</summary>
internal static class FieldTypeChecks
{
    /// <summary>Adds a failure for each part of <paramref name="value"/> that does not fit; returns whether it fits.</summary>
    public static bool Check(FieldDefinition field, string path, object? value, List<ValidationFailure> failures)
    {
        var before = failures.Count;
        switch (field.Type)
        {
            case FieldType.String when value is not string:
                Fail($"{path} must be a string.");
                break;
            case FieldType.Integer when !IsInt32(value):
                Fail($"{path} must be a whole number between {int.MinValue} and {int.MaxValue}.");
                break;
            case FieldType.Number when !RuleValues.TryDouble(value, out var d) || !double.IsFinite(d):
                Fail($"{path} must be a finite number.");
                break;
            case FieldType.Decimal when !IsDecimal(value):
                Fail($"{path} must be a decimal number, e.g. \"12.50\".");
                break;
            case FieldType.Boolean when value is not bool:
                Fail($"{path} must be true or false.");
                break;
            case FieldType.Date when !RuleValues.TryDate(value, out _):
                Fail($"{path} must be an ISO-8601 date and time, e.g. 2026-01-31T12:00:00Z.");
                break;
            case FieldType.Enum when value is not string text || !field.EnumValues.Contains(text):
                Fail($"{path} must be one of: {string.Join(", ", field.EnumValues)}.");
                break;
            case FieldType.Ref when !IsReference(field, value):
                Fail($"{path} must be the id of a {field.RefEntity}.");
                break;
            case FieldType.RefList:
                CheckRefList(field, path, value, failures);
                break;
            case FieldType.Money:
                CheckMoney(path, value, failures);
                break;
            case FieldType.GeoPoint when !IsPoint(value):
                Fail($"{path} must be a GeoJSON point with longitude in [-180, 180] and latitude in [-90, 90].");
                break;
            case FieldType.GeoPolygon when !IsPolygon(value):
                Fail($"{path} must be a GeoJSON polygon: closed rings of at least 4 positions.");
                break;
            case FieldType.GeoLineString when !IsLineString(value):
                Fail($"{path} must be a GeoJSON line string of at least 2 positions.");
                break;
        }

        return failures.Count == before;

        void Fail(string message) => failures.Add(new ValidationFailure(path, message, "type"));
    }

    private static bool IsInt32(object? value) => value switch
    {
        int or short or byte or sbyte or ushort => true,
        long l => l is >= int.MinValue and <= int.MaxValue,
        double d => double.IsFinite(d) && Math.Floor(d) == d && d is >= int.MinValue and <= int.MaxValue,
        decimal m => decimal.Truncate(m) == m && m is >= int.MinValue and <= int.MaxValue,
        _ => false,
    };

    private static bool IsDecimal(object? value) => value switch
    {
        decimal or long or int => true,
        double d => double.IsFinite(d),
        string s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        _ => false,
    };

    private static bool IsReference(FieldDefinition field, object? value) =>
        value is string id && id.Length > 0 && (field.RefField != "id" || IdGenerator.IsValid(id));

    private static void CheckRefList(FieldDefinition field, string path, object? value, List<ValidationFailure> failures)
    {
        if (!RuleValues.IsList(value))
        {
            failures.Add(new ValidationFailure(path, $"{path} must be a list of {field.RefEntity} ids.", "type"));
            return;
        }

        var index = 0;
        foreach (var item in RuleValues.AsList(value))
        {
            if (!IsReference(field, item))
            {
                failures.Add(new ValidationFailure($"{path}[{index}]", $"{path}[{index}] must be the id of a {field.RefEntity}.", "type"));
            }

            index++;
        }
    }

    private static void CheckMoney(string path, object? value, List<ValidationFailure> failures)
    {
        if (value is Money)
        {
            return;
        }

        if (value is JsonElement { ValueKind: JsonValueKind.Object } json)
        {
            value = json.EnumerateObject().ToDictionary(p => p.Name, p => RuleValues.FromJson(p.Value), StringComparer.Ordinal);
        }

        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            failures.Add(new ValidationFailure(path, $"{path} must be an object {{ amount, currency }} with the amount in minor units.", "type"));
            return;
        }

        if (!map.TryGetValue("amount", out var amount) || amount is not (long or int))
        {
            failures.Add(new ValidationFailure($"{path}.amount", $"{path}.amount must be a whole number of minor units (cents), e.g. 1250 for 12.50.", "type"));
        }

        if (!map.TryGetValue("currency", out var currency) || !Currency.TryGet(currency as string, out _))
        {
            failures.Add(new ValidationFailure($"{path}.currency", $"{path}.currency must be an ISO 4217 code such as USD or EUR.", "type"));
        }
    }

    private static bool IsPoint(object? value) =>
        GeoShapes.TryReadPoint(value, out var p) && p.X is >= -180 and <= 180 && p.Y is >= -90 and <= 90;

    private static bool IsPolygon(object? value) =>
        GeoShapes.TryReadPolygon(value, out var rings) && rings.All(r => r.Length >= 4 && r[0] == r[^1]);

    private static bool IsLineString(object? value)
    {
        var coordinates = value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("coordinates", out var c) ? c : value;
        if (coordinates is JsonElement { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("coordinates", out var inner))
        {
            coordinates = inner;
        }

        if (!RuleValues.IsList(coordinates))
        {
            return false;
        }

        var positions = RuleValues.AsList(coordinates).ToList();
        return positions.Count >= 2 && positions.All(p => GeoShapes.TryReadPoint(p, out _));
    }
}
