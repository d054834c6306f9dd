using System.Collections.Concurrent;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.StateMachines;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Api;

/// <summary>One entity as the API serves it: its names in GraphQL and in permissions, and its state machine.</summary>
internal sealed class EntityBinding
{
    private static readonly string[] BaseFields = ["__typename", "id", "organizationId", "createdAt", "updatedAt", "deletedAt", "version", "meta"];

    private const int MaxFieldSets = 256;

    private readonly Dictionary<string, FieldDefinition> _byName;
    private readonly Dictionary<string, string[]> _reads;
    private readonly ConcurrentDictionary<string, string[]> _fieldSets = new(StringComparer.Ordinal);

    public EntityBinding(ModuleDefinition module, EntityDefinition entity)
    {
        Module = module;
        Entity = entity;
        Qualified = $"{module.Id}.{entity.Name}";
        Resource = $"{module.Id}.{entity.Name.ToLowerInvariant()}";
        Machine = entity.StateMachine is null ? null : module.FindStateMachine(entity.StateMachine);
        _byName = entity.Fields.ToDictionary(GraphQLName, StringComparer.Ordinal);
        Table = new EntityTable(module, entity);
        _reads = BaseFields.ToDictionary(n => n, _ => Array.Empty<string>(), StringComparer.Ordinal);
        _reads["meta"] = [EntityTable.MetaKey]; // the one base column a read may leave out
        foreach (var field in entity.Fields.Where(f => !f.Sensitive))
        {
            _reads[GraphQLName(field)] = [field.Key];
            if (FieldTypes.IsReference(field.Type))
            {
                _reads[ApiNames.RefObjectField(field)] = [field.Key];
            }
        }

        Inverses = [.. module.Entities.SelectMany(source => source.Fields
            .Where(f => f.Type == FieldType.Ref && ApiNames.RefEntityName(f) == entity.Name && (ApiNames.RefModule(f) ?? module.Id) == module.Id)
            .Select(reference => (source, reference)))];
        foreach (var (source, reference) in Inverses)
        {
            _reads[ApiNames.Inverse(source, reference)] = []; // reads the id only
        }
    }

    /// <summary>The references of this module's entities to this entity: each is a reverse connection of its type.</summary>
    public IReadOnlyList<(EntityDefinition Source, FieldDefinition Reference)> Inverses { get; }

    public ModuleDefinition Module { get; }

    public EntityDefinition Entity { get; }

    /// <summary><c>catalog.Item</c>: how repositories and hooks name it.</summary>
    public string Qualified { get; }

    /// <summary><c>catalog.item</c>: the resource of its permissions (<c>catalog.item:read</c>).</summary>
    public string Resource { get; }

    public StateMachineDefinition? Machine { get; }

    public EntityTable Table { get; }

    public string Name => Entity.Name;

    public string ReadPermission => Resource + ":read";

    /// <summary>The GraphQL name of a field: references by their id name (<c>categoryId</c>), others by key.</summary>
    public static string GraphQLName(FieldDefinition field) => FieldTypes.IsReference(field.Type) ? ApiNames.RefIdField(field) : field.Key;

    /// <summary>The field a GraphQL input, filter or sort name stands for, or null for base fields and combinators.</summary>
    public FieldDefinition? FieldByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The field keys resolvers read when these GraphQL fields of the entity's type are selected, or null
    /// when one of them needs the whole record (<c>availableEvents</c> evaluates guards over it; fields
    /// other modules add are not known here). Equal sets are the same instance, so they can key a batch.
    /// </summary>
    public IReadOnlyCollection<string>? FieldsRead(IEnumerable<string> selected)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in selected)
        {
            if (!_reads.TryGetValue(name, out var read))
            {
                return null;
            }

            keys.UnionWith(read);
        }

        var joined = string.Join(',', keys);
        return _fieldSets.TryGetValue(joined, out var set) ? set
            : _fieldSets.Count < MaxFieldSets ? _fieldSets.GetOrAdd(joined, static (_, k) => [.. k], keys)
            : null; // documents with ever new selections read whole rows rather than grow the cache
    }

    /// <summary>The permission of firing <paramref name="eventName"/>: its transitions' own, else <c>:update</c>.</summary>
    public string EventPermission(string eventName) =>
        Machine?.States.SelectMany(s => s.Transitions).FirstOrDefault(t => t.Event == eventName && t.Permission is not null)?.Permission ?? Resource + ":update";
}
