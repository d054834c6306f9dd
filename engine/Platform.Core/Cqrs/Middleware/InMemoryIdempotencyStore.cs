using System.Collections.Concurrent;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>
/// The idempotency store of one process. Concurrent claims of one key see one owner: the others
/// await the owner's outcome instead of running the handler.
/// </summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates a store reading <paramref name="time"/> for expiry.</summary>
    public InMemoryIdempotencyStore(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Task<IdempotencyClaim> ClaimAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        while (true)
        {
            var fresh = new Entry(new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously), now + ttl);
            var entry = _entries.GetOrAdd(key, fresh);
            if (ReferenceEquals(entry, fresh))
            {
                return Task.FromResult(new IdempotencyClaim(true, null));
            }

            if (entry.ExpiresAt > now)
            {
                return Task.FromResult(new IdempotencyClaim(false, entry.Outcome.Task));
            }

            // Expired: replace it, unless someone else just did.
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
    }

    /// <inheritdoc />
    public Task CompleteAsync(string key, object? result, CancellationToken cancellationToken = default)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Outcome.TrySetResult(result);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string key, Exception failure, CancellationToken cancellationToken = default)
    {
        if (_entries.TryRemove(key, out var entry))
        {
            entry.Outcome.TrySetException(failure);
        }

        return Task.CompletedTask;
    }

    private sealed record Entry(TaskCompletionSource<object?> Outcome, DateTimeOffset ExpiresAt);
}
