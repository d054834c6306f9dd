namespace Platform.Core.Cqrs.Middleware;

/// <summary>Remembers the results of commands by idempotency key for a while (Postgres-backed in a cluster).</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims <paramref name="key"/>, or returns the outcome of whoever claimed it within <paramref name="ttl"/>.</summary>
    Task<IdempotencyClaim> ClaimAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Stores the result of a claimed key.</summary>
    Task CompleteAsync(string key, object? result, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed key up after a failure, so a retry runs the handler again; waiters see <paramref name="failure"/>.</summary>
    Task ReleaseAsync(string key, Exception failure, CancellationToken cancellationToken = default);
}
