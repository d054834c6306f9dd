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
    /// <summary>Writes <paramref name="domainEvent"/> as compact JSON.</summary>
    public static string Write(DomainEvent domainEvent) => SqlLiterals.Json(ValueMap.Of(
        ("id", domainEvent.Id), ("type", domainEvent.Type), ("aggregateId", domainEvent.AggregateId), ("aggregateType", domainEvent.AggregateType),
        ("orgId", domainEvent.OrgId), ("version", (long)domainEvent.Version), ("source", domainEvent.Source),
        ("occurredAt", domainEvent.OccurredAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)), ("correlationId", domainEvent.CorrelationId),
        ("actorId", domainEvent.ActorId), ("causedBy", domainEvent.CausedBy), ("payload", ToPlain(domainEvent.Payload)),
        ("metadata", new ValueMap(domainEvent.Metadata.Select(m => new KeyValuePair<string, object?>(m.Key, m.Value))))));

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
