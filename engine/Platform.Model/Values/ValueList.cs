using System.Collections;

namespace Platform.Model.Values;

/// <summary>An immutable list of plain values (see <see cref="PlainValue"/>) with value equality.</summary>
public sealed class ValueList : IReadOnlyList<object?>, IEquatable<ValueList>
{
    private readonly object?[] _items;

    /// <summary>Creates a list; each item is normalised with <see cref="PlainValue.From"/>.</summary>
    public ValueList(IEnumerable<object?> items)
    {
        _items = items.Select(PlainValue.From).ToArray();
    }

    /// <summary>The empty list.</summary>
    public static ValueList Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public object? this[int index] => _items[index];

    /// <inheritdoc />
    public bool Equals(ValueList? other) =>
        other is not null && other.Count == Count && _items.Zip(other._items, PlainValue.AreEqual).All(e => e);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList);

    /// <inheritdoc />
    public override int GetHashCode() => _items.Aggregate(Count, (hash, item) => unchecked((hash * 31) + PlainValue.GetHashCode(item)));

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => PlainValue.Describe(this);
}
