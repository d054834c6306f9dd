namespace Platform.Core.Events;

/// <summary>How a subscription is ordered, filtered and named.</summary>
public sealed record SubscribeOptions
{
    /// <summary>Higher runs first among the handlers an event matches (default 0); ties keep subscription order.</summary>
    public int Priority { get; init; }

    /// <summary>A finer filter than the pattern; the handler runs only when it returns true.</summary>
    public Func<DomainEvent, bool>? Filter { get; init; }

    /// <summary>A name for logs and failure reports (default: the pattern).</summary>
    public string? Name { get; init; }
}
