namespace Platform.Core.Events;

/// <summary>
/// The append-only log of everything that happened (seed 001 § 3). Appends are unique per
/// (aggregate, version): a second append of the same version is a <see cref="Errors.ConflictError"/>.
/// </summary>
public interface IEventStore
{
    /// <summary>Appends an event, inside <paramref name="transaction"/> when given.</summary>
    Task AppendAsync(DomainEvent domainEvent, Repositories.ITransaction? transaction = null, CancellationToken cancellationToken = default);

    /// <summary>Appends events atomically.</summary>
    Task AppendBatchAsync(IReadOnlyList<DomainEvent> events, Repositories.ITransaction? transaction = null, CancellationToken cancellationToken = default);

    /// <summary>The history of one aggregate, in version order.</summary>
    IAsyncEnumerable<DomainEvent> ReadAsync(string aggregateId, EventReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>All events of a type (or pattern), in the order they were stored.</summary>
    IAsyncEnumerable<DomainEvent> ReadByTypeAsync(string type, EventReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Events matching <paramref name="filter"/> from <paramref name="from"/> on, for rebuilding read models and audits.</summary>
    IAsyncEnumerable<DomainEvent> ReplayAsync(EventFilter filter, DateTimeOffset from, CancellationToken cancellationToken = default);

    /// <summary>The latest version of an aggregate, 0 when it has no events.</summary>
    Task<int> GetVersionAsync(string aggregateId, CancellationToken cancellationToken = default);
}
