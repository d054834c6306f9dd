using Platform.Core.Events;
using Platform.Core.Repositories;
using Platform.GraphQL.Types;
using Platform.Model.Sdl;

namespace Platform.Hosting.Api;

/// <summary>
/// The served GraphQL API of a set of modules: the base SDL composed with each module's generated SDL,
/// and every resolver bound from the modules' definitions (one runtime path for every module). Building
/// it registers nothing; the modules' <see cref="ModuleApi"/>s hold their registrations.
/// </summary>
public sealed class GraphQLApi
{
    private GraphQLApi(Schema schema, string sdl)
    {
        Schema = schema;
        Sdl = sdl;
    }

    /// <summary>The executable schema.</summary>
    public Schema Schema { get; }

    /// <summary>The composed SDL.</summary>
    public string Sdl { get; }

    /// <summary>Builds the API of <paramref name="modules"/> (in boot order).</summary>
    /// <param name="api">The services resolvers use.</param>
    /// <param name="modules">The modules served.</param>
    /// <param name="moduleList">What <c>Query.modules</c> answers.</param>
    /// <exception cref="GraphQLSchemaException">The modules' SDL does not compose (a type name collides…).</exception>
    public static GraphQLApi Create(ApiServices api, IReadOnlyList<ModuleApi> modules, Func<IReadOnlyList<IReadOnlyDictionary<string, object?>>> moduleList)
    {
        var bindings = modules.SelectMany(m => m.Entities).ToDictionary(e => e.Binding.Qualified, e => e.Binding, StringComparer.Ordinal);
        var sdl = SchemaComposer.Compose(modules.Select(m => SdlEmitter.Emit(m.Module)).ToList());
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
        foreach (var module in modules)
        {
            module.Bind(builder, bindings.GetValueOrDefault);
        }

        return new GraphQLApi(builder.Build(), sdl);
    }
}
