namespace Platform.Core.Primitives;

/// <summary>A GeoJSON Point, the CLR type of <c>geo.point</c> fields.</summary>
/// <param name="Coordinates">The position.</param>
public sealed record GeoPoint(GeoPosition Coordinates)
{
    /// <summary>The GeoJSON <c>type</c> member of this geometry.</summary>
    public const string GeoJsonType = "Point";
}
