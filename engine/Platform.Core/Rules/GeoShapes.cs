using System.Text.Json;
using Platform.Model.Values;

namespace Platform.Core.Rules;

/// <summary>
/// Reads GeoJSON points and polygons from rule values and tests containment in memory
/// (the <c>spatialWithin</c> operator; PostGIS is not assumed).
/// </summary>
/// <remarks>
/// Points may be GeoJSON (<c>{type: "Point", coordinates: [lng, lat]}</c>), <c>{lat, lng}</c>,
/// <c>{latitude, longitude}</c> or <c>[lng, lat]</c>. Polygons are GeoJSON
/// (<c>{type: "Polygon", coordinates: [outer, hole…]}</c>) or a bare list of rings. A point on an
/// edge counts as inside.
/// </remarks>
public static class GeoShapes
{
    /// <summary>Reads a point as (longitude, latitude).</summary>
    public static bool TryReadPoint(object? value, out (double X, double Y) point)
    {
        point = default;
        if (value is JsonElement json)
        {
            value = Serialization.PlainJson.FromElement(json);
        }

        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("coordinates", out var coordinates):
                return TryReadPoint(coordinates, out point);
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("lat", out var lat) && map.TryGetValue("lng", out var lng):
                return TryPair(lng, lat, out point);
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("latitude", out var lat) && map.TryGetValue("longitude", out var lng):
                return TryPair(lng, lat, out point);
            case IDictionary<string, object?> dictionary:
                return TryReadPoint(new ValueMap(dictionary), out point);
            case var list when RuleValues.IsList(list):
                var items = RuleValues.AsList(list).Take(3).ToArray();
                return items.Length >= 2 && TryPair(items[0], items[1], out point);
            default:
                return false;
        }
    }

    /// <summary>Reads a polygon as rings of (longitude, latitude); the first ring is the outer boundary.</summary>
    public static bool TryReadPolygon(object? value, out IReadOnlyList<(double X, double Y)[]> rings)
    {
        rings = [];
        if (value is JsonElement json)
        {
            value = Serialization.PlainJson.FromElement(json);
        }

        if (value is IReadOnlyDictionary<string, object?> map)
        {
            if (!map.TryGetValue("coordinates", out var coordinates))
            {
                return false;
            }

            value = coordinates;
        }

        if (!RuleValues.IsList(value))
        {
            return false;
        }

        var items = RuleValues.AsList(value).ToList();
        if (items.Count > 0 && TryReadPoint(items[0], out _))
        {
            items = [items]; // a single ring given without the outer list
        }

        var result = new List<(double, double)[]>();
        foreach (var ring in items)
        {
            var points = new List<(double, double)>();
            foreach (var vertex in RuleValues.AsList(ring))
            {
                if (!TryReadPoint(vertex, out var point))
                {
                    return false;
                }

                points.Add(point);
            }

            if (points.Count < 3)
            {
                return false;
            }

            result.Add([.. points]);
        }

        rings = result;
        return result.Count > 0;
    }

    /// <summary>Whether the point lies inside the outer ring and outside every hole.</summary>
    public static bool Contains(IReadOnlyList<(double X, double Y)[]> rings, (double X, double Y) point)
    {
        if (!InRing(rings[0], point))
        {
            return false;
        }

        for (var i = 1; i < rings.Count; i++)
        {
            if (InRing(rings[i], point) && !OnEdge(rings[i], point))
            {
                return false;
            }
        }

        return true;
    }

    // Even-odd ray casting; points on an edge count as inside.
    private static bool InRing((double X, double Y)[] ring, (double X, double Y) p)
    {
        if (OnEdge(ring, p))
        {
            return true;
        }

        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > p.Y) != (yj > p.Y) && p.X < ((xj - xi) * (p.Y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static bool OnEdge((double X, double Y)[] ring, (double X, double Y) p)
    {
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (ax, ay) = ring[j];
            var (bx, by) = ring[i];
            var cross = ((bx - ax) * (p.Y - ay)) - ((by - ay) * (p.X - ax));
            if (Math.Abs(cross) < 1e-12 && p.X >= Math.Min(ax, bx) && p.X <= Math.Max(ax, bx) && p.Y >= Math.Min(ay, by) && p.Y <= Math.Max(ay, by))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryPair(object? x, object? y, out (double X, double Y) point)
    {
        point = default;
        if (!RuleValues.TryDouble(x, out var px) || !RuleValues.TryDouble(y, out var py))
        {
            return false;
        }

        point = (px, py);
        return true;
    }
}
