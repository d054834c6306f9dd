using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Platform.Core.Serialization;
using Platform.Model.Values;

namespace Platform.Core.Repositories;

/// <summary>
/// The keys of one entity's fields, in manifest order, shared by every row read of that entity.
/// </summary>
public sealed class FieldLayout
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates the layout of <paramref name="keys"/>.</summary>
    public FieldLayout(IReadOnlyList<string> keys)
    {
        Keys = [.. keys];
        _index = new Dictionary<string, int>(Keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < Keys.Length; i++)
        {
            _index[Keys[i]] = i;
        }
    }

    /// <summary>The field keys.</summary>
    public string[] Keys { get; }

    /// <summary>The position of <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key) => _index.TryGetValue(key, out var index) ? index : -1;
}

/// <summary>
/// One row's manifest fields by key: an array in the entity's <see cref="FieldLayout"/>. JSON columns
/// stay text until a field is read (most reads select a few fields; parsing every <c>jsonb</c> column of
/// every row was the largest cost of a list), then the parsed value replaces the text. A read that
/// selected only some columns marks the others <see cref="NotRead"/>: reading one of those throws
/// rather than passing for null.
/// </summary>
public sealed class FieldDictionary : IReadOnlyDictionary<string, object?>
{
    /// <summary>The value of a field the query did not select.</summary>
    public static readonly object NotRead = new();

    private readonly FieldLayout _layout;
    private readonly object?[] _values;

    /// <summary>Wraps <paramref name="values"/> (in <paramref name="layout"/>'s order; a <see cref="JsonText"/> is parsed when read).</summary>
    public FieldDictionary(FieldLayout layout, object?[] values)
    {
        if (values.Length != layout.Keys.Length)
        {
            throw new ArgumentException($"Expected {layout.Keys.Length} values, got {values.Length}.", nameof(values));
        }

        _layout = layout;
        _values = values;
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _layout.Keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                yield return ValueAt(i);
            }
        }
    }

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No field '{key}'.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => _layout.IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = _layout.IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = ValueAt(index);
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_layout.Keys[i], ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Two readers racing both parse the same text; either result is an equal value, and the
    // reference write is atomic.
    private object? ValueAt(int index)
    {
        var value = _values[index];
        if (value is JsonText text)
        {
            value = text.Parse();
            _values[index] = value;
        }

        return ReferenceEquals(value, NotRead) ? throw NotSelected(_layout.Keys[index]) : value;
    }

    /// <summary>The error of reading a field the query that read the row did not select.</summary>
    internal static InvalidOperationException NotSelected(string field) => new($"The field '{field}' was not selected by the query that read this row.");
}

/// <summary>A map-valued base field (<c>meta</c>) the query did not select: reading it throws rather than passing for empty.</summary>
public sealed class UnreadDictionary : IReadOnlyDictionary<string, object?>
{
    private readonly string _field;

    private UnreadDictionary(string field) => _field = field;

    /// <summary>The record's <c>meta</c>, not selected.</summary>
    public static UnreadDictionary Meta { get; } = new("meta");

    /// <inheritdoc />
    public int Count => throw Unread();

    /// <inheritdoc />
    public IEnumerable<string> Keys => throw Unread();

    /// <inheritdoc />
    public IEnumerable<object?> Values => throw Unread();

    /// <inheritdoc />
    public object? this[string key] => throw Unread();

    /// <inheritdoc />
    public bool ContainsKey(string key) => throw Unread();

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => throw Unread();

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => throw Unread();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private InvalidOperationException Unread() => FieldDictionary.NotSelected(_field);
}

/// <summary>JSON text read from a column, parsed into a plain value only when a field is read.</summary>
/// <param name="Text">The JSON text.</param>
public sealed record JsonText(string Text)
{
    /// <summary>The plain value of the text; empty objects and arrays without a parse.</summary>
    public object? Parse() => Text switch
    {
        "{}" => ValueMap.Empty,
        "[]" => ValueList.Empty,
        _ => PlainJson.Parse(Text),
    };
}
