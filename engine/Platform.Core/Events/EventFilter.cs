namespace Platform.Core.Events;

/// <summary>Which events a replay reads; unset properties do not filter.</summary>
public sealed record EventFilter
{
    /// <summary>Event type patterns (see <see cref="EventPattern"/>).</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>The aggregate type, e.g. <c>Item</c>.</summary>
    public string? AggregateType { get; init; }

    /// <summary>The organization.</summary>
    public string? OrgId { get; init; }

    /// <summary>The actor.</summary>
    public string? ActorId { get; init; }

    /// <summary>Whether <paramref name="domainEvent"/> passes the filter (the in-memory form of the query).</summary>
    public bool Matches(DomainEvent domainEvent) =>
        (Types is null || Types.Any(t => new EventPattern(t).Matches(domainEvent.Type)))
        && (AggregateType is null || AggregateType == domainEvent.AggregateType)
        && (OrgId is null || OrgId == domainEvent.OrgId)
        && (ActorId is null || ActorId == domainEvent.ActorId);
}
