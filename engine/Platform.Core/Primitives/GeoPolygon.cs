namespace Platform.Core.Primitives;

/// <summary>A GeoJSON Polygon, the CLR type of <c>geo.polygon</c> fields.</summary>
/// <param name="Coordinates">The outer ring then any holes; each ring is closed (first position = last) with at least four positions.</param>
public sealed record GeoPolygon(IReadOnlyList<IReadOnlyList<GeoPosition>> Coordinates)
{
    /// <summary>The GeoJSON <c>type</c> member of this geometry.</summary>
    public const string GeoJsonType = "Polygon";
}
