namespace Platform.Core.Events;

/// <summary>An event waiting in the outbox to be published.</summary>
/// <param name="Id">The outbox entry id.</param>
/// <param name="Event">The event.</param>
/// <param name="Attempts">Publish attempts so far.</param>
/// <param name="PublishedAt">When it was published, or null.</param>
/// <param name="LastError">The last publish failure, or null.</param>
/// <param name="NextAttemptAt">When the relay may try again after a failure.</param>
public sealed record OutboxRecord(string Id, DomainEvent Event, int Attempts, DateTimeOffset? PublishedAt = null, string? LastError = null, DateTimeOffset? NextAttemptAt = null);
