using Platform.Model.Collections;

namespace Platform.Model.Definitions;

/// <summary>The manifest spelling of each <see cref="FieldType"/>, and parsing of it.</summary>
public static class FieldTypes
{
    private static readonly NameTable<FieldType> Table = new(
        (FieldType.String, "string"),
        (FieldType.Integer, "integer"),
        (FieldType.Number, "number"),
        (FieldType.Decimal, "decimal"),
        (FieldType.Boolean, "boolean"),
        (FieldType.Date, "date"),
        (FieldType.Enum, "enum"),
        (FieldType.Ref, "ref"),
        (FieldType.RefList, "ref[]"),
        (FieldType.Json, "json"),
        (FieldType.Money, "money"),
        (FieldType.GeoPoint, "geo.point"),
        (FieldType.GeoPolygon, "geo.polygon"),
        (FieldType.GeoLineString, "geo.linestring"));

    /// <summary>Every manifest type name, in the order of the design's table.</summary>
    public static IReadOnlyList<string> All => Table.Names;

    /// <summary>The manifest spelling of <paramref name="type"/>.</summary>
    public static string NameOf(FieldType type) => Table.NameOf(type);

    /// <summary>Parses a manifest type name (exact, lower case).</summary>
    public static bool TryParse(string name, out FieldType type) => Table.TryParse(name, out type);

    /// <summary>Whether values of the type are numbers (integer, number, decimal).</summary>
    public static bool IsNumeric(FieldType type) => type is FieldType.Integer or FieldType.Number or FieldType.Decimal;

    /// <summary>Whether the type is one of the GeoJSON types.</summary>
    public static bool IsGeo(FieldType type) => type is FieldType.GeoPoint or FieldType.GeoPolygon or FieldType.GeoLineString;

    /// <summary>Whether the type refers to other entities.</summary>
    public static bool IsReference(FieldType type) => type is FieldType.Ref or FieldType.RefList;
}
