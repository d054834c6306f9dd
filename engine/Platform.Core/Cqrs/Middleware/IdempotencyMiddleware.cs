namespace Platform.Core.Cqrs.Middleware;

/// <summary>
/// Runs a command with an idempotency key once per key, organization and command type within
/// the TTL; repeats (also concurrent ones) get the first run's result. A failed run does not
/// count: the key is released so the client may retry.
/// </summary>
public sealed class IdempotencyMiddleware : IMediatorMiddleware
{
    private readonly IIdempotencyStore _store;
    private readonly TimeSpan _ttl;

    /// <summary>Creates the middleware; <paramref name="ttl"/> defaults to 24 hours.</summary>
    public IdempotencyMiddleware(IIdempotencyStore store, TimeSpan? ttl = null)
    {
        _store = store;
        _ttl = ttl ?? TimeSpan.FromHours(24);
    }

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
    {
        if (envelope.Request is not Command { IdempotencyKey: { Length: > 0 } idempotencyKey } command)
        {
            return await next().ConfigureAwait(false);
        }

        var key = $"{envelope.Context.Org.Id}:{command.Type}:{idempotencyKey}";
        var claim = await _store.ClaimAsync(key, _ttl, envelope.CancellationToken).ConfigureAwait(false);
        if (!claim.IsNew)
        {
            return await claim.Existing!.ConfigureAwait(false);
        }

        object? result;
        try
        {
            result = await next().ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            await _store.ReleaseAsync(key, failure, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await _store.CompleteAsync(key, result, CancellationToken.None).ConfigureAwait(false);
        return result;
    }
}
