using Platform.Core.Events;
using Platform.Core.Ids;
using Platform.Core.Realtime;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Model.Naming;

namespace Platform.Hosting.Api;

/// <content>
/// <c>itemChanged(where)</c>: the entity's committed changes, as every host receives them (the realtime
/// broadcast → the realtime bus → the bridge → the manifest's channel of the caller's organization →
/// this subscriber). <c>where</c> is evaluated in memory on the row the write recorded, with the
/// same meaning as in SQL.
/// </content>
internal sealed partial class EntityApi
{
    /// <summary>How many undelivered changes a subscriber may fall behind before its subscription ends with an error.</summary>
    public const int SubscriberBacklog = 10_000;

    /// <summary>Whether the entity broadcasts its changes (the manifest's <c>realtime</c>).</summary>
    public bool IsRealtime => Entity.RealtimeChannel is not null;

    /// <summary>The realtime channel of the entity's changes in <paramref name="orgId"/>.</summary>
    public string Channel(string orgId) =>
        Entity.RealtimeChannel is null or "org" ? ChannelName.Org(orgId, _binding.Resource) : ChannelName.Org(orgId, Entity.RealtimeChannel);

    // Every subscriber of the entity receives the same event: its row is read into a record once.
    private ReadRow? _lastRow;

    private EntityRecord Row(AggregateChange change)
    {
        if (Volatile.Read(ref _lastRow) is { } last && ReferenceEquals(last.Change, change))
        {
            return last.Record;
        }

        var record = _binding.Table.FromRow(change.Row);
        Volatile.Write(ref _lastRow, new ReadRow(change, record));
        return record;
    }

    private sealed record ReadRow(AggregateChange Change, EntityRecord Record);

    private void BindSubscription(SchemaBuilder schema)
    {
        if (IsRealtime)
        {
            var field = ApiNames.ByIdField(Entity) + "Changed";
            schema.AddSubscriber("Subscription", field, SubscribeAsync);
            schema.AddResolver("Subscription", field, static c => ValueTask.FromResult(c.Source)); // each event is the field's value

        }
    }

    private async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(ResolveFieldContext context)
    {
        var request = ApiRequest.Of(context, _api);
        await request.RequireAsync(_binding.ReadPermission).ConfigureAwait(false);
        var filter = FilterBinder.Bind(GraphQLInputs.ToFilter(_binding, context.Arguments.GetValueOrDefault("where")), Entity);
        var actor = request.Actor;
        var gateway = _api.Services.Realtime;
        var stream = new SubscriptionStream(SubscriberBacklog, $"{Entity.Name} changes");
        var client = $"sub_{UlidGenerator.Shared.Next()}";
        gateway.Connect(client, actor.Id, actor.OrgId, (_, message, _) =>
        {
            if (message is DomainEvent { Change: { } change } domainEvent && domainEvent.OrgId == actor.OrgId && ToChange(change, filter) is { } value)
            {
                stream.Post(value);
            }

            return ValueTask.CompletedTask;
        });
        stream.OnClose(() => gateway.Disconnect(client));
        gateway.Subscribe(client, Channel(actor.OrgId));
        return stream.Attach(context.CancellationToken);
    }

    private Dictionary<string, object?>? ToChange(AggregateChange change, BoundFilter filter)
    {
        var record = Row(change);
        if (!FilterEvaluator.Matches(filter, key => key switch
            {
                "id" => record.Id,
                "createdAt" => record.CreatedAt,
                "updatedAt" => record.UpdatedAt,
                "deletedAt" => record.DeletedAt,
                "version" => record.Version,
                _ => record.Fields.GetValueOrDefault(key),
            }))
        {
            return null;
        }

        return new Dictionary<string, object?>(3, StringComparer.Ordinal)
        {
            ["kind"] = change.Kind,
            [ApiNames.ByIdField(Entity)] = record,
            ["changedFields"] = change.ChangedFields.Select(k => Entity.FindField(k) is { } f ? EntityBinding.GraphQLName(f) : k).ToList(),
        };
    }
}
