namespace Platform.Core.Primitives;

/// <summary>A GeoJSON LineString, the CLR type of <c>geo.linestring</c> fields.</summary>
/// <param name="Coordinates">At least two positions.</param>
public sealed record GeoLineString(IReadOnlyList<GeoPosition> Coordinates)
{
    /// <summary>The GeoJSON <c>type</c> member of this geometry.</summary>
    public const string GeoJsonType = "LineString";
}
