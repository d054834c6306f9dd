using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Platform.Core.Rules;

/// <summary>
/// A dot-path into a rule context (<c>entity.items.0.sku</c>), split once. Walks nested
/// dictionaries, lists and <see cref="JsonElement"/>s without allocating for dictionaries and lists.
/// </summary>
public sealed class ContextPath
{
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

    private static bool TryStep(object? current, string segment, int index, out object? next)
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
