using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Platform.Model.Values;

/// <summary>
/// An immutable map from string keys to plain values (see <see cref="PlainValue"/>) that keeps
/// the order its keys were given in and compares by value, ignoring that order.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A plain value, named like ValueList; not used as a collection type.")]
public sealed class ValueMap : IReadOnlyDictionary<string, object?>, IEquatable<ValueMap>
{
    private readonly KeyValuePair<string, object?>[] _entries;
    private readonly Dictionary<string, object?> _lookup;

    /// <summary>Creates a map; values are normalised with <see cref="PlainValue.From"/>. A repeated key keeps its last value.</summary>
    public ValueMap(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        _lookup = new Dictionary<string, object?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            if (!_lookup.ContainsKey(entry.Key))
            {
                order.Add(entry.Key);
            }

            _lookup[entry.Key] = PlainValue.From(entry.Value);
        }

        _entries = order.Select(k => new KeyValuePair<string, object?>(k, _lookup[k])).ToArray();
    }

    /// <summary>The empty map.</summary>
    public static ValueMap Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public object? this[string key] => _lookup[key];

    /// <summary>Builds a map from key/value pairs.</summary>
    public static ValueMap Of(params (string Key, object? Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, object?>(e.Key, e.Value)));

    /// <inheritdoc />
    public bool ContainsKey(string key) => _lookup.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => _lookup.TryGetValue(key, out value);

    /// <inheritdoc />
    public bool Equals(ValueMap? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var entry in _entries)
        {
            if (!other._lookup.TryGetValue(entry.Key, out var value) || !PlainValue.AreEqual(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueMap);

    /// <inheritdoc />
    public override int GetHashCode() =>
        _entries.Aggregate(Count, (hash, e) => hash ^ unchecked((StringComparer.Ordinal.GetHashCode(e.Key) * 31) + PlainValue.GetHashCode(e.Value)));

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => PlainValue.Describe(this);
}
