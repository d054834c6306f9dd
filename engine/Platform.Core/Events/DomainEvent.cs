namespace Platform.Core.Events;

/// <summary>Something that happened to an aggregate (seed 001 § 3). Immutable; persisted as-is in the event store.</summary>
/// <param name="Id">Unique event id (a ULID).</param>
/// <param name="Type">Lower-case <c>{module}.{entity}.{verb}</c>, e.g. <c>catalog.item.created</c>.</param>
/// <param name="AggregateId">The entity the event is about.</param>
/// <param name="AggregateType">The entity name, e.g. <c>Item</c>.</param>
/// <param name="OrgId">The tenant.</param>
/// <param name="Version">The aggregate's version after the change.</param>
/// <param name="Source">The module that emitted the event.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="CorrelationId">Ties together a chain of commands and events.</param>
/// <remarks>Payload values are plain values, dates and money: whatever the event store can serialize.</remarks>
public sealed record DomainEvent(
    string Id,
    string Type,
    string AggregateId,
    string AggregateType,
    string OrgId,
    int Version,
    string Source,
    DateTimeOffset OccurredAt,
    string CorrelationId)
{
    /// <summary>Event-specific data.</summary>
    public IReadOnlyDictionary<string, object?> Payload { get; init; } = new Dictionary<string, object?>();

    /// <summary>Who caused the event; null for system-generated events.</summary>
    public string? ActorId { get; init; }

    /// <summary>The id of the event or command that triggered this one.</summary>
    public string? CausedBy { get; init; }

    /// <summary>
    /// The row the event's write left behind, on the primary event of each repository write (null on
    /// other events); carried through the outbox for realtime delivery, never stored in the event store.
    /// </summary>
    public AggregateChange? Change { get; init; }

    /// <summary>Transport metadata (queue name, retry count…).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
