using System.Globalization;
using Platform.Core.Events;
using Platform.Core.Primitives;
using Platform.Model.Schema;
using Platform.Model.Values;
using Platform.Core.Serialization;

namespace Platform.Postgres.Events;

/// <summary>The JSON form of domain events in the outbox and on the wire between processes.</summary>
public static class EventJson
{
    /// <summary>Writes <paramref name="domainEvent"/> as compact JSON (with its <see cref="DomainEvent.Change"/>, when it records one).</summary>
    public static string Write(DomainEvent domainEvent)
    {
        var entries = new List<KeyValuePair<string, object?>>
        {
            new("id", domainEvent.Id), new("type", domainEvent.Type), new("aggregateId", domainEvent.AggregateId), new("aggregateType", domainEvent.AggregateType),
            new("orgId", domainEvent.OrgId), new("version", (long)domainEvent.Version), new("source", domainEvent.Source),
            new("occurredAt", domainEvent.OccurredAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)), new("correlationId", domainEvent.CorrelationId),
            new("actorId", domainEvent.ActorId), new("causedBy", domainEvent.CausedBy), new("payload", ToPlain(domainEvent.Payload)),
            new("metadata", new ValueMap(domainEvent.Metadata.Select(m => new KeyValuePair<string, object?>(m.Key, m.Value)))),
        };
        if (domainEvent.Change is { } change)
        {
            entries.Add(new("change", ValueMap.Of(("kind", change.Kind), ("changedFields", new ValueList(change.ChangedFields)), ("row", ToPlain(change.Row)))));
        }

        return SqlLiterals.Json(new ValueMap(entries));
    }

    /// <summary>Reads an event written by <see cref="Write"/>.</summary>
    public static DomainEvent Read(string json)
    {
        var map = (ValueMap)PlainJson.Parse(json)!;
        string S(string key) => map[key] as string ?? "";
        return new DomainEvent(S("id"), S("type"), S("aggregateId"), S("aggregateType"), S("orgId"), (int)(long)map["version"]!, S("source"),
            DateTimeOffset.Parse(S("occurredAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), S("correlationId"))
        {
            ActorId = map["actorId"] as string,
            CausedBy = map["causedBy"] as string,
            Payload = map["payload"] as ValueMap ?? ValueMap.Empty,
            Metadata = (map["metadata"] as ValueMap ?? ValueMap.Empty).ToDictionary(e => e.Key, e => e.Value as string ?? "", StringComparer.Ordinal),
            Change = map.TryGetValue("change", out var recorded) && recorded is ValueMap change
                ? new AggregateChange(change.GetValueOrDefault("kind") as string ?? "", (change.GetValueOrDefault("changedFields") as ValueList ?? ValueList.Empty).OfType<string>().ToList(), change.GetValueOrDefault("row") as ValueMap ?? ValueMap.Empty)
                : null,
        };
    }

    /// <summary>Turns entity values (Money, dates, arrays) into plain JSON-ready values.</summary>
    public static object? ToPlain(object? value) => value switch
    {
        null => null,
        Money m => ValueMap.Of(("amount", m.Amount), ("currency", m.Currency)),
        DateTimeOffset d => d.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture),
        ValueMap or ValueList or string or bool or long or double or decimal => value,
        IReadOnlyDictionary<string, object?> map => new ValueMap(map.Select(e => new KeyValuePair<string, object?>(e.Key, ToPlain(e.Value)))),
        System.Text.Json.JsonElement json => PlainJson.FromElement(json),
        System.Collections.IEnumerable list => new ValueList(list.Cast<object?>().Select(ToPlain)),
        _ => PlainValue.From(value),
    };
}
