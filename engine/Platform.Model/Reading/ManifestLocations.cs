using Platform.Model.Collections;
using Platform.Model.Diagnostics;

namespace Platform.Model.Reading;

/// <summary>
/// Maps logical paths of the model to manifest positions, so semantic checks can point at the
/// line that declared what they complain about.
/// </summary>
/// <remarks>
/// Paths are segments joined by <c>/</c>: <c>module</c>, <c>entity:Item</c>,
/// <c>entity:Item/field:price/type</c>, <c>entity:Item/index:0/where</c>, <c>fsm:item-lifecycle/state:draft/on:publish/0/guard</c>.
/// A lookup falls back to the nearest declared ancestor. The first declaration of a path wins.
/// </remarks>
public sealed class ManifestLocations
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    /// <summary>Creates the map from located paths (first wins).</summary>
    public ManifestLocations(IEnumerable<LocatedPath> paths)
    {
        foreach (var path in paths)
        {
            if (!_locations.ContainsKey(path.Key))
            {
                _locations[path.Key] = path.Location;
            }
        }
    }

    /// <summary>The map's content, for equatable pipelines.</summary>
    public EquatableArray<LocatedPath> ToArray() => new(_locations.Select(p => new LocatedPath(p.Key, p.Value)));

    /// <summary>The position of <paramref name="path"/> or of its nearest declared ancestor; null when none is known.</summary>
    public SourceLocation? Find(string path)
    {
        var current = path;
        while (true)
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }

            var slash = current.LastIndexOf('/');
            if (slash < 0)
            {
                return null;
            }

            current = current.Substring(0, slash);
        }
    }
}
