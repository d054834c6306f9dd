using Platform.Core.Cqrs;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Model.Definitions;

namespace Platform.Hosting.Api;

/// <summary>
/// The generated API of one module: its entities, and its manifest's commands and queries as
/// mutations and query fields (sent through the mediator to the handlers the module registered at boot).
/// </summary>
internal sealed class ModuleApi : IDisposable
{
    private readonly ApiServices _api;
    private readonly List<IDisposable> _forwards = [];
    private bool _active;

    public ModuleApi(ApiServices api, ModuleDefinition module, Func<string, EntityBinding?> entities)
    {
        _api = api;
        Module = module;
        Entities = module.Entities.Select(e => new EntityApi(api, entities($"{module.Id}.{e.Name}")!, entities)).ToList();
    }

    public ModuleDefinition Module { get; }

    public IReadOnlyList<EntityApi> Entities { get; }

    /// <summary>Registers the entities' commands and forwards their changes to realtime channels.</summary>
    public void Activate()
    {
        foreach (var entity in Entities)
        {
            entity.RegisterCommands(_api.Services.Mediator);
            if (entity.ForwardChanges(_api.Services.Bridge) is { } forward)
            {
                _forwards.Add(forward);
            }
        }

        _active = true;
    }

    /// <summary>Binds the module's resolvers.</summary>
    public void Bind(SchemaBuilder schema)
    {
        foreach (var entity in Entities)
        {
            entity.Bind(schema);
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

    /// <summary>Unregisters the commands and stops forwarding (the module unloads).</summary>
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

        _forwards.ForEach(f => f.Dispose());
        _forwards.Clear();
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
