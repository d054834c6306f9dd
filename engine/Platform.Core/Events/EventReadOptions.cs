namespace Platform.Core.Events;

/// <summary>Bounds of an event store read.</summary>
public sealed record EventReadOptions
{
    /// <summary>Only events with a version greater than this (incremental reads of one aggregate).</summary>
    public int? AfterVersion { get; init; }

    /// <summary>Only events that occurred at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only events that occurred before this time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>At most this many events.</summary>
    public int? Limit { get; init; }
}
