using System.Collections.Concurrent;
using Platform.Model.Definitions;

namespace Platform.Core.Modules;

/// <summary>Entity definitions of the loaded modules, by <c>module.Entity</c> (seed 001 § 2's schema registry).</summary>
public sealed class EntityRegistry
{
    private readonly ConcurrentDictionary<string, EntityDefinition> _entities = new(StringComparer.Ordinal);

    /// <summary>Registers an entity.</summary>
    /// <exception cref="ArgumentException">An entity of that module and name is registered already.</exception>
    public void Register(EntityDefinition entity)
    {
        if (!_entities.TryAdd(Key(entity.Module, entity.Name), entity))
        {
            throw new ArgumentException($"Entity {entity.Module}.{entity.Name} is already registered.", nameof(entity));
        }
    }

    /// <summary>Removes every entity of <paramref name="module"/>.</summary>
    public void UnregisterModule(string module)
    {
        foreach (var key in _entities.Keys.Where(k => k.StartsWith(module + ".", StringComparison.Ordinal)))
        {
            _entities.TryRemove(key, out _);
        }
    }

    /// <summary>The entity <paramref name="name"/>: <c>module.Entity</c>, or a bare name when it is unique across modules.</summary>
    /// <exception cref="KeyNotFoundException">No such entity, or a bare name is ambiguous; the message lists the candidates.</exception>
    public EntityDefinition Get(string name)
    {
        if (_entities.TryGetValue(name, out var entity))
        {
            return entity;
        }

        var matches = _entities.Values.Where(e => e.Name == name).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new KeyNotFoundException($"Entity '{name}' is not registered. Registered: {string.Join(", ", _entities.Keys.Order(StringComparer.Ordinal))}."),
            _ => throw new KeyNotFoundException($"Entity '{name}' is ambiguous: {string.Join(", ", matches.Select(e => Key(e.Module, e.Name)).Order(StringComparer.Ordinal))}. Qualify it with the module."),
        };
    }

    /// <summary>Every entity, optionally of one module.</summary>
    public IReadOnlyList<EntityDefinition> GetAll(string? module = null) =>
        _entities.Values.Where(e => module is null || e.Module == module).OrderBy(e => Key(e.Module, e.Name), StringComparer.Ordinal).ToList();

    private static string Key(string module, string name) => $"{module}.{name}";
}
