using Platform.Core.Events;
using Platform.Core.Repositories;
using Platform.GraphQL.Types;
using Platform.Model.Definitions;
using Platform.Model.Sdl;

namespace Platform.Hosting.Api;

/// <summary>
/// The served GraphQL API of a set of modules: the base SDL composed with each module's generated SDL,
/// every resolver bound from the modules' definitions (one runtime path for every module), the module
/// commands registered with the mediator and entity changes forwarded to realtime channels.
/// Dispose it to unregister what it registered.
/// </summary>
public sealed class GraphQLApi : IDisposable
{
    private readonly List<ModuleApi> _modules;

    private GraphQLApi(Schema schema, string sdl, List<ModuleApi> modules)
    {
        Schema = schema;
        Sdl = sdl;
        _modules = modules;
    }

    /// <summary>The executable schema.</summary>
    public Schema Schema { get; }

    /// <summary>The composed SDL.</summary>
    public string Sdl { get; }

    /// <summary>Builds the API of <paramref name="modules"/> (in boot order) and activates it.</summary>
    /// <param name="api">The services resolvers use.</param>
    /// <param name="modules">The modules served.</param>
    /// <param name="moduleList">What <c>Query.modules</c> answers.</param>
    /// <exception cref="GraphQLSchemaException">The modules' SDL does not compose (a type name collides…).</exception>
    public static GraphQLApi Create(ApiServices api, IReadOnlyList<ModuleDefinition> modules, Func<IReadOnlyList<IReadOnlyDictionary<string, object?>>> moduleList)
    {
        var bindings = modules.SelectMany(m => m.Entities.Select(e => new EntityBinding(m, e))).ToDictionary(b => b.Qualified, StringComparer.Ordinal);
        var apis = modules.Select(m => new ModuleApi(api, m, bindings.GetValueOrDefault)).ToList();
        var sdl = SchemaComposer.Compose(modules.Select(SdlEmitter.Emit).ToList());
        var builder = new SchemaBuilder()
            .AddTypeDefinitions(sdl, "platform.graphql")
            .AddEnumValues("SortDirection", new Dictionary<string, object> { ["ASC"] = SortDirection.Asc, ["DESC"] = SortDirection.Desc })
            .AddEnumValues("ChangeKind", new Dictionary<string, object>
            {
                ["CREATED"] = EventTypes.Created, ["UPDATED"] = EventTypes.Updated, ["DELETED"] = EventTypes.Deleted,
                ["RESTORED"] = EventTypes.Restored, ["TRANSITIONED"] = AggregateChange.Transitioned,
            })
            .AddResolver("Query", "modules", _ => ValueTask.FromResult<object?>(moduleList()))
            .AddSubscriber("Subscription", "domainEvents", c => DomainEventsSubscription.SubscribeAsync(c, api))
            .AddResolver("Subscription", "domainEvents", static c => ValueTask.FromResult(c.Source));
        DomainEventsSubscription.BindFields(builder);
        foreach (var module in apis)
        {
            module.Bind(builder);
        }

        var schema = builder.Build();
        apis.ForEach(m => m.Activate());
        return new GraphQLApi(schema, sdl, apis);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _modules.ForEach(m => m.Dispose());
        _modules.Clear();
    }
}
