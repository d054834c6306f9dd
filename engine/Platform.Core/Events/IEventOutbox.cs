using Platform.Core.Repositories;

namespace Platform.Core.Events;

/// <summary>
/// The transactional outbox (seed 001 § 3): events are written in the same transaction as the
/// data change, and a relay publishes them afterwards — at least once, so handlers are idempotent.
/// </summary>
public interface IEventOutbox
{
    /// <summary>Writes events in <paramref name="transaction"/>.</summary>
    Task WriteAsync(IReadOnlyList<DomainEvent> events, ITransaction transaction, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="limit"/> unpublished records that are due, oldest first; concurrent relays claim disjoint records.</summary>
    Task<IReadOnlyList<OutboxRecord>> PollUnpublishedAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks a record published.</summary>
    Task MarkPublishedAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Records a failed publish; the record is retried after a backoff.</summary>
    Task MarkFailedAsync(string id, string failure, CancellationToken cancellationToken = default);
}
