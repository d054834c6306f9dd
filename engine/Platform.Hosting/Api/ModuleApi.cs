using Platform.Core.Cqrs;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Model.Definitions;

namespace Platform.Hosting.Api;

/// <summary>
/// The generated API of one module: its entities, and its manifest's commands and queries as
/// mutations and query fields (sent through the mediator to the handlers the module registered at boot).
/// </summary>
public sealed class ModuleApi : IDisposable
{
    private readonly ApiServices _api;
    private bool _active;

    /// <summary>The API of <paramref name="module"/>; nothing is registered until <see cref="Activate"/>.</summary>
    public ModuleApi(ApiServices api, ModuleDefinition module)
    {
        _api = api;
        Module = module;
        Entities = module.Entities.Select(e => new EntityApi(api, new EntityBinding(module, e))).ToList();
    }

    /// <summary>The module.</summary>
    public ModuleDefinition Module { get; }

    internal IReadOnlyList<EntityApi> Entities { get; }

    /// <summary>Registers the entities' commands with the mediator (the generated mutations' handlers).</summary>
    public void Activate()
    {
        foreach (var entity in Entities)
        {
            entity.RegisterCommands(_api.Services.Mediator);
        }

        _active = true;
    }

    /// <summary>The realtime channel of an event this module's entity recorded a change with, or null when the entity does not broadcast.</summary>
    internal string? ChannelOf(Platform.Core.Events.DomainEvent domainEvent) =>
        Entities.FirstOrDefault(e => e.IsRealtime && e.Binding.Name == domainEvent.AggregateType)?.Channel(domainEvent.OrgId);

    /// <summary>Binds the module's resolvers.</summary>
    internal void Bind(SchemaBuilder schema, Func<string, EntityBinding?> entities)
    {
        foreach (var entity in Entities)
        {
            entity.Bind(schema, entities);
        }

        foreach (var command in Module.Commands)
        {
            var type = $"{Module.Id}.{command.Name}";
            schema.AddResolver("Mutation", command.Name, async c =>
            {
                var request = ApiRequest.Of(c, _api);
                var sent = new Command(type, Input(command, c)) { IdempotencyKey = request.IdempotencyKey };
                return await _api.Services.Mediator.DispatchAsync(sent, request.Context, c.CancellationToken).ConfigureAwait(false);
            });
        }

        foreach (var query in Module.Queries)
        {
            var type = $"{Module.Id}.{query.Name}";
            schema.AddResolver("Query", query.Name, async c =>
            {
                var request = ApiRequest.Of(c, _api);
                return await _api.Services.Mediator.QueryAsync(new Query(type, Input(query, c)), request.Context, c.CancellationToken).ConfigureAwait(false);
            });
        }
    }

    /// <summary>Unregisters the commands (the module unloads).</summary>
    public void Dispose()
    {
        if (!_active)
        {
            return;
        }

        foreach (var entity in Entities)
        {
            foreach (var command in entity.Commands)
            {
                _api.Services.Mediator.Unregister(RequestKind.Command, command);
            }
        }

        _active = false;
    }

    private static Dictionary<string, object?> Input(OperationDefinition operation, ResolveFieldContext context)
    {
        var input = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (context.Arguments.GetValueOrDefault("input") is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var (name, value) in map)
            {
                input[operation.Input.FirstOrDefault(f => EntityBinding.GraphQLName(f) == name)?.Key ?? name] = value;
            }
        }

        return input;
    }
}
