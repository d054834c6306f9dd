using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Platform.Core.Rules;

/// <summary>
/// A dot-path into a rule context (<c>entity.items.0.sku</c>), split once. Walks nested
/// dictionaries, lists and <see cref="JsonElement"/>s without allocating for dictionaries and lists.
/// </summary>
public sealed class ContextPath
{
    private static readonly object Missing = new();

    private readonly string[] _segments;
    private readonly int[] _indexes;

    /// <summary>Splits <paramref name="path"/> at dots.</summary>
    public ContextPath(string path)
    {
        Text = path;
        _segments = path.Split('.');
        _indexes = _segments.Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).ToArray();
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>Reads the value at this path; false when a segment is missing.</summary>
    public bool TryRead(object? root, out object? value)
    {
        // Paths of one or two segments into plain dictionaries are nearly all paths rules read
        // (entity.total, actor.roles; inside a compiled scope just total): no loop for them.
        if (root is not null && root.GetType() == typeof(Dictionary<string, object?>) && _segments.Length <= 2)
        {
            if (!Unsafe.As<Dictionary<string, object?>>(root).TryGetValue(_segments[0], out value))
            {
                return false;
            }

            if (_segments.Length == 2 && !TryStep(value, _segments[1], _indexes[1], out value))
            {
                return false;
            }

            if (value is JsonElement element)
            {
                value = RuleValues.FromJson(element);
            }

            return true;
        }

        var current = root;
        for (var i = 0; i < _segments.Length; i++)
        {
            if (!TryStep(current, _segments[i], _indexes[i], out current))
            {
                value = null;
                return false;
            }
        }

        value = current is JsonElement json ? RuleValues.FromJson(json) : current;
        return true;
    }

    /// <summary>Reads a dot-path once, splitting it on every call (the interpreter's way).</summary>
    public static bool TryRead(object? root, string path, out object? value)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            var index = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
            if (!TryStep(current, segment, index, out current))
            {
                value = null;
                return false;
            }
        }

        value = current is JsonElement json ? RuleValues.FromJson(json) : current;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>
    /// One step from <paramref name="current"/>, keeping JSON raw; when the step fails, an object
    /// every later step fails on, so a path read through it fails exactly like the full path.
    /// </summary>
    internal static object? StepOrMissing(object? current, string segment, int index) =>
        TryStep(current, segment, index, out var next) ? next : Missing;

    /// <summary>Reads a one-segment path (what most leaves read inside a compiled scope), converting JSON like <see cref="TryRead(object?, out object?)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryReadSegment(object? root, string segment, int index, out object? value)
    {
        if (!TryStep(root, segment, index, out value))
        {
            return false;
        }

        if (value is JsonElement element)
        {
            value = RuleValues.FromJson(element);
        }

        return true;
    }

    /// <summary>The list index a segment denotes, or -1.</summary>
    internal static int IndexOf(string segment) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;

    // The concrete dictionary first, small enough to inline: an exact type check and a
    // non-virtual lookup. Everything else takes the general path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryStep(object? current, string segment, int index, out object? next) =>
        current is not null && current.GetType() == typeof(Dictionary<string, object?>)
            ? Unsafe.As<Dictionary<string, object?>>(current).TryGetValue(segment, out next)
            : TryStepGeneral(current, segment, index, out next);

    private static bool TryStepGeneral(object? current, string segment, int index, out object? next)
    {
        switch (current)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(segment, out next);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(segment, out next);
            case IDictionary legacy when legacy.Contains(segment):
                next = legacy[segment];
                return true;
            case JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty(segment, out var property):
                next = property;
                return true;
            case JsonElement { ValueKind: JsonValueKind.Array } json when index >= 0 && index < json.GetArrayLength():
                next = json[index];
                return true;
            case IList list when index >= 0 && index < list.Count:
                next = list[index];
                return true;
            case IReadOnlyList<object?> readOnlyList when index >= 0 && index < readOnlyList.Count:
                next = readOnlyList[index];
                return true;
            default:
                next = null;
                return false;
        }
    }
}
