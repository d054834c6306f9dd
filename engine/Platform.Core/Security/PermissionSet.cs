using Platform.Core.Primitives;

namespace Platform.Core.Security;

/// <summary>
/// Granted permissions, <c>resource:action</c>, where either side may be a wildcard:
/// <c>*:*</c>, <c>*:read</c>, <c>catalog.*:update</c>, <c>catalog.item:delete</c>.
/// A resource pattern's <c>*</c> stands for one or more whole segments.
/// </summary>
public sealed class PermissionSet
{
    private readonly (SegmentPattern Resource, string Action)[] _grants;

    /// <summary>Parses the granted permissions.</summary>
    /// <exception cref="ArgumentException">A permission is not <c>resource:action</c>.</exception>
    public PermissionSet(IEnumerable<string> granted)
    {
        _grants = granted.Select(Parse).ToArray();
        Granted = _grants.Select(g => $"{g.Resource.Text}:{g.Action}").ToArray();
    }

    /// <summary>No permissions.</summary>
    public static PermissionSet Empty { get; } = new([]);

    /// <summary>The permissions as given.</summary>
    public IReadOnlyList<string> Granted { get; }

    /// <summary>Whether <paramref name="required"/> (a concrete <c>resource:action</c>) is granted.</summary>
    public bool Allows(string required)
    {
        var separator = required.LastIndexOf(':');
        if (separator <= 0 || separator == required.Length - 1)
        {
            return false;
        }

        var resource = required[..separator];
        var action = required[(separator + 1)..];
        foreach (var (pattern, grantedAction) in _grants)
        {
            if ((grantedAction == "*" || string.Equals(grantedAction, action, StringComparison.Ordinal)) && pattern.Matches(resource))
            {
                return true;
            }
        }

        return false;
    }

    private static (SegmentPattern, string) Parse(string permission)
    {
        var separator = permission.LastIndexOf(':');
        if (separator <= 0 || separator == permission.Length - 1)
        {
            throw new ArgumentException($"Permission '{permission}' is invalid: write 'resource:action', e.g. 'catalog.item:read' or '*:read'.", nameof(permission));
        }

        return (new SegmentPattern(permission[..separator], "Permission resource"), permission[(separator + 1)..]);
    }
}
