using Platform.Core.Primitives;

namespace Platform.Core.Events;

/// <summary>
/// A subscription pattern over event types. Segments are separated by dots; <c>*</c> stands for
/// one or more whole segments, so <c>catalog.*</c>, <c>*.created</c>, <c>catalog.*.created</c>
/// and <c>*</c> all match <c>catalog.item.created</c> (ARCHITECTURE.md § Manifests).
/// </summary>
public sealed class EventPattern
{
    private readonly SegmentPattern _pattern;

    /// <summary>Parses a pattern.</summary>
    /// <exception cref="ArgumentException">Empty segments, or a <c>*</c> inside a segment (<c>cat*</c>).</exception>
    public EventPattern(string pattern)
    {
        _pattern = new SegmentPattern(pattern, "Event pattern");
    }

    /// <summary>The pattern as written.</summary>
    public string Text => _pattern.Text;

    /// <summary>Whether <paramref name="eventType"/> matches.</summary>
    public bool Matches(string eventType) => _pattern.Matches(eventType);

    /// <inheritdoc />
    public override string ToString() => Text;
}
