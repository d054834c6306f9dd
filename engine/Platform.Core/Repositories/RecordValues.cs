using System.Globalization;
using System.Text.Json;
using Platform.Core.Primitives;
using Platform.Core.Rules;
using Platform.Core.Serialization;
using Platform.Model.Values;

namespace Platform.Core.Repositories;

/// <summary>
/// Conversions between the plain values of <see cref="EntityRecord.Fields"/> and the CLR types of the
/// generated entity records (their <c>FromRecord</c> and <c>ToFields</c> call these; no reflection).
/// </summary>
public static class RecordValues
{
    /// <summary>Text, or null.</summary>
    public static string? Text(object? value) => value as string ?? (value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture));

    /// <summary>A 32-bit integer, or null.</summary>
    public static int? WholeNumber(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    /// <summary>A double, or null.</summary>
    public static double? Number(object? value) => value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>A decimal (from numbers or numeric text), or null.</summary>
    public static decimal? Exact(object? value) => value switch
    {
        null => null,
        string s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A boolean, or null.</summary>
    public static bool? Flag(object? value) => value as bool?;

    /// <summary>An instant (from <see cref="DateTimeOffset"/>, <see cref="DateTime"/> or ISO-8601 text), or null.</summary>
    public static DateTimeOffset? Date(object? value) => value is not null && RuleValues.TryDate(value, out var date) ? date : null;

    /// <summary>A list of ids (empty when missing).</summary>
    public static IReadOnlyList<string> Ids(object? value) => value is null ? [] : RuleValues.AsList(value).OfType<string>().ToList();

    /// <summary>A JSON value, or null.</summary>
    public static JsonElement? Json(object? value) => value switch
    {
        null => null,
        JsonElement element => element,
        _ => JsonDocument.Parse(PlainJson.Serialize(value)).RootElement.Clone(),
    };

    /// <summary>Money (from <see cref="Primitives.Money"/> or <c>{ amount, currency }</c>), or null.</summary>
    public static Money? Money(object? value) => value switch
    {
        Money money => money,
        IReadOnlyDictionary<string, object?> map when map.GetValueOrDefault("amount") is { } amount && map.GetValueOrDefault("currency") is string currency =>
            new Money(Convert.ToInt64(amount, CultureInfo.InvariantCulture), currency),
        _ => null,
    };

    /// <summary>A GeoJSON point, or null.</summary>
    public static GeoPoint? Point(object? value) => GeoShapes.TryReadPoint(value, out var p) ? new GeoPoint(new GeoPosition(p.X, p.Y)) : null;

    /// <summary>A GeoJSON polygon, or null.</summary>
    public static GeoPolygon? Polygon(object? value) =>
        GeoShapes.TryReadPolygon(value, out var rings) ? new GeoPolygon(rings.Select(r => (IReadOnlyList<GeoPosition>)r.Select(p => new GeoPosition(p.X, p.Y)).ToList()).ToList()) : null;

    /// <summary>A GeoJSON line string, or null.</summary>
    public static GeoLineString? Line(object? value) =>
        PlainValue.From(value is JsonElement json ? PlainJson.FromElement(json) : value) is ValueMap map && map.TryGetValue("coordinates", out var coordinates) && coordinates is ValueList list
            ? new GeoLineString(list.Select(p => GeoShapes.TryReadPoint(p, out var xy) ? new GeoPosition(xy.X, xy.Y) : default).ToList())
            : null;

    /// <summary>The plain form of a JSON value.</summary>
    public static object? FromJson(JsonElement? value) => value is { } element ? PlainJson.FromElement(element) : null;

    /// <summary>The plain form of money: <c>{ amount, currency }</c>.</summary>
    public static object? FromMoney(Money? value) => value is { } money ? ValueMap.Of(("amount", money.Amount), ("currency", money.Currency)) : null;

    /// <summary>The GeoJSON form of a point.</summary>
    public static object? FromGeo(GeoPoint? value) => value is null ? null : ValueMap.Of(("type", GeoPoint.GeoJsonType), ("coordinates", Position(value.Coordinates)));

    /// <summary>The GeoJSON form of a polygon.</summary>
    public static object? FromGeo(GeoPolygon? value) =>
        value is null ? null : ValueMap.Of(("type", GeoPolygon.GeoJsonType), ("coordinates", new ValueList(value.Coordinates.Select(r => new ValueList(r.Select(p => (object?)Position(p)))))));

    /// <summary>The GeoJSON form of a line string.</summary>
    public static object? FromGeo(GeoLineString? value) =>
        value is null ? null : ValueMap.Of(("type", GeoLineString.GeoJsonType), ("coordinates", new ValueList(value.Coordinates.Select(p => (object?)Position(p)))));

    private static ValueList Position(GeoPosition p) => new([p.Longitude, p.Latitude]);
}
