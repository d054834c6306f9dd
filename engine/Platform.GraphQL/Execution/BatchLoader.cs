namespace Platform.GraphQL.Execution;

/// <summary>
/// Collects the keys that sibling resolvers ask for and loads them in one call (DataLoader-style):
/// the executor starts every field of a level, then dispatches the waiting batches before it
/// awaits, so 50 items asking for their category are one fetch. Results are cached per request.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class BatchLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _pending = [];
    private readonly Lock _gate = new();
    private ExecutionContext? _execution;

    /// <summary>Creates a loader; <paramref name="fetch"/> returns the values found (missing keys load as default).</summary>
    public BatchLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, CancellationToken cancellationToken = default)
    {
        _fetch = fetch;
        _cancellationToken = cancellationToken;
    }

    /// <inheritdoc />
    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, fetched with the other keys of its batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Continuations run inline when the batch delivers (see RunAsync), so the resolvers it
            // unblocks queue their own loads before the executor dispatches the next round.
            var completion = new TaskCompletionSource<TValue?>();
            _pending[key] = completion;
            _cache[key] = completion.Task;
        }

        _execution?.OnLoadQueued();
        return _cache[key];
    }

    /// <summary>
    /// Gives <paramref name="key"/> its value without a fetch (a resolver read it ahead with its own rows);
    /// false when the key is already loaded or waiting, which keeps its value.
    /// </summary>
    public bool Prime(TKey key, TValue? value)
    {
        lock (_gate)
        {
            return _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    internal void Attach(ExecutionContext execution) => _execution = execution;

    /// <inheritdoc />
    public void Dispatch()
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = new Dictionary<TKey, TaskCompletionSource<TValue?>>(_pending);
            _pending.Clear();
        }

        _ = RunAsync(batch);
    }

    private async Task RunAsync(Dictionary<TKey, TaskCompletionSource<TValue?>> batch)
    {
        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await _fetch([.. batch.Keys], _cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        ExecutionContext.EnterBurst();
        try
        {
            foreach (var (key, completion) in batch)
            {
                if (failure is not null)
                {
                    completion.TrySetException(failure);
                }
                else
                {
                    completion.TrySetResult(values!.TryGetValue(key, out var value) ? value : default);
                }
            }
        }
        finally
        {
            ExecutionContext.ExitBurst();
            _execution?.SignalProgress(); // a round finished: the top level re-checks for the next one
        }
    }
}
