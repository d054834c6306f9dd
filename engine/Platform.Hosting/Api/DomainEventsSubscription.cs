using Platform.Core.Errors;
using Platform.Core.Events;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Hosting.Api;

/// <summary>
/// <c>domainEvents(pattern)</c>: committed events of the caller's organization whose type matches the
/// pattern, as every host receives them; each event only when the caller may read what it is about
/// (<c>catalog.item.published</c> needs <c>catalog.item:read</c>).
/// </summary>
internal static class DomainEventsSubscription
{
    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(ResolveFieldContext context, ApiServices api)
    {
        var request = ApiRequest.Of(context, api);
        var actor = request.Actor;
        var pattern = (string)context.Arguments["pattern"]!;
        var permissions = await api.Services.Permissions.GetPermissionsAsync(actor, context.CancellationToken).ConfigureAwait(false);
        var stream = new SubscriptionStream(EntityApi.SubscriberBacklog, "events");
        IDisposable subscription;
        try
        {
            subscription = api.Services.RealtimeBus.Subscribe(
                pattern,
                (domainEvent, _) =>
                {
                    stream.Post(domainEvent);
                    return ValueTask.CompletedTask;
                },
                new SubscribeOptions { Filter = e => e.OrgId == actor.OrgId && permissions.Allows(ReadPermission(e)), Name = $"domainEvents:{actor.Id}" });
        }
        catch (ArgumentException e)
        {
            throw new ValidationError("pattern", e.Message, "invalidPattern");
        }

        stream.OnClose(subscription.Dispose);
        return stream.Attach(context.CancellationToken);
    }

    public static void BindFields(SchemaBuilder schema)
    {
        Bind(schema, "id", e => e.Id);
        Bind(schema, "type", e => e.Type);
        Bind(schema, "aggregateId", e => e.AggregateId);
        Bind(schema, "aggregateType", e => e.AggregateType);
        Bind(schema, "payload", e => e.Payload);
        Bind(schema, "occurredAt", e => e.OccurredAt);
        Bind(schema, "actorId", e => e.ActorId);
        Bind(schema, "correlationId", e => e.CorrelationId);
        Bind(schema, "causedBy", e => e.CausedBy);
        Bind(schema, "version", e => e.Version);
        Bind(schema, "source", e => e.Source);
    }

    /// <summary>The permission that lets a caller see <paramref name="domainEvent"/>: reading the resource of its type (all but the verb).</summary>
    private static string ReadPermission(DomainEvent domainEvent)
    {
        var verb = domainEvent.Type.LastIndexOf('.');
        return (verb > 0 ? domainEvent.Type[..verb] : domainEvent.Type) + ":read";
    }

    private static void Bind(SchemaBuilder schema, string field, Func<DomainEvent, object?> read) =>
        schema.AddResolver("DomainEvent", field, c => ValueTask.FromResult(read((DomainEvent)c.Source!)));
}
