using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.StateMachines;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Api;

/// <summary>One entity as the API serves it: its names in GraphQL and in permissions, and its state machine.</summary>
internal sealed class EntityBinding
{
    private readonly Dictionary<string, FieldDefinition> _byName;

    public EntityBinding(ModuleDefinition module, EntityDefinition entity)
    {
        Module = module;
        Entity = entity;
        Qualified = $"{module.Id}.{entity.Name}";
        Resource = $"{module.Id}.{entity.Name.ToLowerInvariant()}";
        Machine = entity.StateMachine is null ? null : module.FindStateMachine(entity.StateMachine);
        _byName = entity.Fields.ToDictionary(GraphQLName, StringComparer.Ordinal);
        Table = new EntityTable(module, entity);
    }

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

    /// <summary>The permission of firing <paramref name="eventName"/>: its transitions' own, else <c>:update</c>.</summary>
    public string EventPermission(string eventName) =>
        Machine?.States.SelectMany(s => s.Transitions).FirstOrDefault(t => t.Event == eventName && t.Permission is not null)?.Permission ?? Resource + ":update";
}
