using System.Collections.Concurrent;

namespace Platform.Core.Adapters;

/// <summary>
/// Concrete adapters by type and name (seed 001 § 13). Several implementations of one type may be
/// registered (Stripe and Razorpay for <c>payment</c>); configuration activates one, and with a
/// single registration that one is active.
/// </summary>
public sealed class AdapterRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, object>> _adapters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _active = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="adapter"/> as implementation <paramref name="name"/> of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">The name is taken for that type.</exception>
    public void Register<T>(string type, string name, T adapter)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(adapter);
        if (!_adapters.GetOrAdd(type, _ => new(StringComparer.Ordinal)).TryAdd(name, adapter))
        {
            throw new ArgumentException($"Adapter '{name}' is already registered for '{type}'.", nameof(name));
        }
    }

    /// <summary>Makes <paramref name="name"/> the active implementation of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">No such implementation is registered.</exception>
    public void Activate(string type, string name)
    {
        if (!_adapters.TryGetValue(type, out var byName) || !byName.ContainsKey(name))
        {
            throw new ArgumentException($"Cannot activate adapter '{name}' for '{type}': registered are {Describe(type)}.", nameof(name));
        }

        _active[type] = name;
    }

    /// <summary>Whether any implementation of <paramref name="type"/> is registered.</summary>
    public bool Has(string type) => _adapters.TryGetValue(type, out var byName) && !byName.IsEmpty;

    /// <summary>The names registered for <paramref name="type"/>.</summary>
    public IReadOnlyList<string> Names(string type) =>
        _adapters.TryGetValue(type, out var byName) ? byName.Keys.Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>The active implementation of <paramref name="type"/>.</summary>
    /// <exception cref="InvalidOperationException">None is registered, several are and none is active, or it is not a <typeparamref name="T"/>.</exception>
    public T Get<T>(string type)
        where T : class
    {
        if (!_adapters.TryGetValue(type, out var byName) || byName.IsEmpty)
        {
            throw new InvalidOperationException($"No '{type}' adapter is registered; register one at boot or configure it.");
        }

        if (_active.TryGetValue(type, out var active))
        {
            return Get<T>(type, active);
        }

        return byName.Count == 1
            ? Cast<T>(type, byName.Keys.Single(), byName.Values.Single())
            : throw new InvalidOperationException($"Several '{type}' adapters are registered ({Describe(type)}); activate one in configuration.");
    }

    /// <summary>A specific implementation of <paramref name="type"/>.</summary>
    public T Get<T>(string type, string name)
        where T : class =>
        _adapters.TryGetValue(type, out var byName) && byName.TryGetValue(name, out var adapter)
            ? Cast<T>(type, name, adapter)
            : throw new InvalidOperationException($"Adapter '{name}' is not registered for '{type}'; registered are {Describe(type)}.");

    private static T Cast<T>(string type, string name, object adapter)
        where T : class =>
        adapter as T ?? throw new InvalidOperationException($"Adapter '{name}' for '{type}' is a {adapter.GetType().Name}, not a {typeof(T).Name}.");

    private string Describe(string type) => Names(type) is { Count: > 0 } names ? string.Join(", ", names) : "none";
}
