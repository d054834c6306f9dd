namespace Platform.Core.Events;

/// <summary>A handler of domain events (named so because analyzers reserve the EventHandler suffix for .NET events).</summary>
public delegate ValueTask EventCallback(DomainEvent domainEvent, CancellationToken cancellationToken);

/// <summary>
/// In-process fan-out of domain events to handlers by pattern (seed 001 § 3). Cross-process
/// delivery goes through the event store and outbox; their relay publishes here.
/// </summary>
public interface IEventBus
{
    /// <summary>Runs every matching handler, highest priority first. A failing handler never stops the others; failures are logged and reported.</summary>
    Task<PublishReport> PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default);

    /// <summary>Publishes events in order.</summary>
    Task<PublishReport> PublishBatchAsync(IEnumerable<DomainEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Subscribes <paramref name="handler"/> to events matching <paramref name="pattern"/>; dispose the result to unsubscribe.</summary>
    /// <exception cref="ArgumentException">The pattern is malformed.</exception>
    IDisposable Subscribe(string pattern, EventCallback handler, SubscribeOptions? options = null);
}
