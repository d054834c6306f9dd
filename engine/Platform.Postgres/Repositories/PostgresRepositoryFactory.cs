using System.Collections.Concurrent;
using Npgsql;
using Platform.Core.Ids;
using Platform.Core.Repositories;
using Platform.Core.Validation;
using Platform.Model.Definitions;

namespace Platform.Postgres.Repositories;

/// <summary>
/// Repositories of the loaded modules' entities for any organization, over the app role's data
/// source. Entity mappings are built once per entity when its module is added; a repository is a
/// cheap object made per request. Validation's database questions (<c>refExists</c>, <c>unique</c>)
/// are answered through the same repositories, so they run under the caller's organization too.
/// </summary>
public sealed class PostgresRepositoryFactory : IRepositoryFactory, IValidationLookup
{
    private readonly NpgsqlDataSource _app;
    private readonly ConcurrentDictionary<string, EntityTable> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EntityTable[]> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates the factory over <paramref name="app"/> (a data source connecting as <c>platform_app</c>).</summary>
    public PostgresRepositoryFactory(NpgsqlDataSource app, TimeProvider? time = null, UlidGenerator? ulids = null, CustomValidatorRegistry? validators = null)
    {
        _app = app;
        Time = time ?? TimeProvider.System;
        Ulids = ulids ?? UlidGenerator.Shared;
        Validator = new EntityValidator(this, validators, Time);
    }

    /// <summary>The clock of timestamps and events.</summary>
    public TimeProvider Time { get; }

    /// <summary>The id generator.</summary>
    public UlidGenerator Ulids { get; }

    /// <summary>The validator repositories use.</summary>
    public EntityValidator Validator { get; }

    /// <summary>Makes the entities of <paramref name="module"/> available.</summary>
    public void AddModule(ModuleDefinition module)
    {
        foreach (var entity in module.Entities)
        {
            var table = new EntityTable(module, entity);
            _tables[$"{module.Id}.{entity.Name}"] = table;
            _byName.AddOrUpdate(entity.Name, [table], (_, existing) => [.. existing.Where(t => t.Module.Id != module.Id), table]);
        }
    }

    /// <summary>Removes the entities of the module <paramref name="moduleId"/> (when it unloads).</summary>
    public void RemoveModule(string moduleId)
    {
        foreach (var key in _tables.Keys.Where(k => k.StartsWith(moduleId + ".", StringComparison.Ordinal)))
        {
            if (_tables.TryRemove(key, out var table))
            {
                _byName.AddOrUpdate(table.Entity.Name, [], (_, existing) => [.. existing.Where(t => t.Module.Id != moduleId)]);
            }
        }
    }

    /// <summary>The mapping of <paramref name="entity"/>: <c>module.Entity</c>, or a bare name unique across modules.</summary>
    /// <exception cref="KeyNotFoundException">No such entity, or the bare name is ambiguous.</exception>
    public EntityTable Table(string entity)
    {
        if (_tables.TryGetValue(entity, out var qualified))
        {
            return qualified;
        }

        var matches = _byName.GetValueOrDefault(entity) ?? [];
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new KeyNotFoundException($"Entity '{entity}' is not served by any loaded module. Served: {string.Join(", ", _tables.Keys.Order(StringComparer.Ordinal))}."),
            _ => throw new KeyNotFoundException($"Entity '{entity}' is ambiguous: {string.Join(", ", matches.Select(t => $"{t.Module.Id}.{t.Entity.Name}"))}. Qualify it with the module."),
        };
    }

    /// <summary>The repository of <paramref name="entity"/> for <paramref name="orgId"/>, acting as <paramref name="actorId"/>.</summary>
    public EntityRepository Repository(string entity, string orgId, string? actorId, string? correlationId = null) =>
        new(_app, Table(entity), new RepositoryContext(orgId, actorId, correlationId ?? $"corr_{Ulids.Next()}") { Time = Time, Ulids = Ulids, Validator = Validator });

    /// <inheritdoc />
    public IRepository<EntityRecord> Create(string entity, string orgId, string? actorId, string? correlationId = null) => Repository(entity, orgId, actorId, correlationId);

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> FindExistingAsync(string entity, IReadOnlyCollection<string> ids, string orgId, CancellationToken cancellationToken = default)
    {
        var found = await Repository(entity, orgId, null).FindByIdsAsync(ids, cancellationToken).ConfigureAwait(false);
        return found.Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<bool> IsUniqueAsync(string entity, string field, object? value, string? excludingId, string orgId, CancellationToken cancellationToken = default)
    {
        var filter = Filter.Where(field, FilterOperator.Eq, value);
        if (excludingId is not null)
        {
            filter = filter.And(Filter.Where("id", FilterOperator.Neq, excludingId));
        }

        return !await Repository(entity, orgId, null).ExistsAsync(filter, cancellationToken).ConfigureAwait(false);
    }
}
