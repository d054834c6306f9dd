namespace Platform.Core.Primitives;

/// <summary>A GeoJSON position: longitude then latitude (degrees, WGS 84).</summary>
/// <param name="Longitude">Degrees east, in [-180, 180].</param>
/// <param name="Latitude">Degrees north, in [-90, 90].</param>
public readonly record struct GeoPosition(double Longitude, double Latitude);
