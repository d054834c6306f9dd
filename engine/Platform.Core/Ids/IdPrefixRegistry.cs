using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Platform.Core.Ids;

/// <summary>
/// Which entity owns which id prefix (<c>item</c> in <c>item_01J…</c>), registered per module at
/// boot. A prefix belongs to exactly one entity, so any id in a log names its entity.
/// </summary>
public sealed partial class IdPrefixRegistry
{
    private readonly ConcurrentDictionary<string, string> _prefixByEntity = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _entityByPrefix = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Registers <paramref name="prefix"/> for <paramref name="entity"/> (e.g. <c>catalog.Item</c>).</summary>
    /// <exception cref="ArgumentException">The prefix is malformed or belongs to another entity, or the entity has another prefix.</exception>
    public void Register(string entity, string prefix)
    {
        if (!PrefixPattern().IsMatch(prefix))
        {
            throw new ArgumentException($"Id prefix '{prefix}' of {entity} is invalid: use 1–16 lower-case letters and digits, starting with a letter.", nameof(prefix));
        }

        lock (_gate)
        {
            if (_entityByPrefix.TryGetValue(prefix, out var owner) && owner != entity)
            {
                throw new ArgumentException($"Id prefix '{prefix}' is already used by {owner}; choose another prefix for {entity}.", nameof(prefix));
            }

            if (_prefixByEntity.TryGetValue(entity, out var existing) && existing != prefix)
            {
                throw new ArgumentException($"{entity} already has id prefix '{existing}'; it cannot also use '{prefix}'.", nameof(entity));
            }

            _prefixByEntity[entity] = prefix;
            _entityByPrefix[prefix] = entity;
        }
    }

    /// <summary>Removes an entity's prefix (when its module is unloaded).</summary>
    public void Unregister(string entity)
    {
        lock (_gate)
        {
            if (_prefixByEntity.TryRemove(entity, out var prefix))
            {
                _entityByPrefix.TryRemove(prefix, out _);
            }
        }
    }

    /// <summary>The prefix of <paramref name="entity"/>, or null.</summary>
    public string? PrefixOf(string entity) => _prefixByEntity.TryGetValue(entity, out var prefix) ? prefix : null;

    /// <summary>The entity owning <paramref name="prefix"/>, or null.</summary>
    public string? EntityOf(string prefix) => _entityByPrefix.TryGetValue(prefix, out var entity) ? entity : null;

    [GeneratedRegex("^[a-z][a-z0-9]{0,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
