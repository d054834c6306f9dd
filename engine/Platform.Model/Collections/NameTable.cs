namespace Platform.Model.Collections;

/// <summary>A fixed two-way mapping between enum members and their manifest spellings (ordinal, exact).</summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] _entries;

    /// <summary>Creates the table; order is kept for <see cref="Names"/>.</summary>
    public NameTable(params (T Value, string Name)[] entries)
    {
        _entries = entries;
        Names = entries.Select(e => e.Name).ToArray();
    }

    /// <summary>Every name, in table order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The name of <paramref name="value"/>.</summary>
    public string NameOf(T value)
    {
        foreach (var entry in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no name for this value.");
    }

    /// <summary>Parses a name (exact, ordinal).</summary>
    public bool TryParse(string name, out T value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
