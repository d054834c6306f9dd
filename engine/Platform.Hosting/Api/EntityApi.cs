using Platform.Core.Repositories;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Model.Definitions;
using Platform.Model.Naming;

namespace Platform.Hosting.Api;

/// <summary>
/// The generated API of one entity (ARCHITECTURE.md § GraphQL API conventions), bound from its
/// definition: the object type's fields, the by-id and list queries, reverse connections, the
/// mutations (through the mediator, so authorization, validation, idempotency and logging apply),
/// the state machine's events and the change subscription. Every entity of every module is served by
/// this one class; related rows load in batches, so a request's statement count does not grow with
/// its list sizes.
/// </summary>
internal sealed partial class EntityApi
{
    /// <summary>The page size of a connection when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultPageSize = 50;

    private readonly ApiServices _api;
    private readonly EntityBinding _binding;

    /// <summary>The fields that read other entities' rows in the latest schema bound (read ahead by lists and <c>item(id)</c>).</summary>
    private volatile RelatedFields _related = RelatedFields.None;

    /// <param name="api">The services resolvers use.</param>
    /// <param name="binding">The entity.</param>
    public EntityApi(ApiServices api, EntityBinding binding)
    {
        _api = api;
        _binding = binding;
    }

    /// <summary>The entity as the API serves it.</summary>
    public EntityBinding Binding => _binding;

    private EntityDefinition Entity => _binding.Entity;

    private string TypeName => _binding.Name;

    /// <summary>Binds the entity's resolvers, enum values and subscriptions into <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema being built.</param>
    /// <param name="entities">Finds the binding of an entity served by the same schema by qualified name (references), or null when its module is not in it.</param>
    public void Bind(SchemaBuilder schema, Func<string, EntityBinding?> entities)
    {
        BindEnums(schema);
        BindObjectFields(schema, entities);
        BindConnection(schema);
        BindQueries(schema);
        BindMutations(schema);
        BindSubscription(schema);
    }

    private void BindEnums(SchemaBuilder schema)
    {
        foreach (var field in Entity.Fields.Where(f => f.Type == FieldType.Enum && !f.Sensitive))
        {
            schema.AddEnumValues(ApiNames.EnumType(Entity, field), field.EnumValues.ToDictionary(Names.ToUpperSnake, v => (object)v, StringComparer.Ordinal));
        }

        if (_binding.Machine is { Events.Count: > 0 } machine)
        {
            schema.AddEnumValues(ApiNames.EventEnum(Entity), machine.Events.ToDictionary(Names.ToUpperSnake, e => (object)e, StringComparer.Ordinal));
        }
    }

    private void BindConnection(SchemaBuilder schema)
    {
        var connection = TypeName + "Connection";
        schema.AddResolver(connection, "nodes", static c => ValueTask.FromResult<object?>(((Connection)c.Source!).Nodes));
        schema.AddResolver(connection, "edges", static c => ValueTask.FromResult<object?>(((Connection)c.Source!).Edges));
        schema.AddResolver(connection, "pageInfo", static c => ValueTask.FromResult<object?>(((Connection)c.Source!).PageInfo));
        schema.AddResolver(connection, "totalCount", static async c => (object?)checked((int)await ((Connection)c.Source!).TotalCount().ConfigureAwait(false)));
        schema.AddResolver(TypeName + "Edge", "cursor", static c => ValueTask.FromResult<object?>(((Edge)c.Source!).Cursor));
        schema.AddResolver(TypeName + "Edge", "node", static c => ValueTask.FromResult<object?>(((Edge)c.Source!).Node));
    }

    private static EntityRecord Record(ResolveFieldContext context) => (EntityRecord)context.Source!;
}
