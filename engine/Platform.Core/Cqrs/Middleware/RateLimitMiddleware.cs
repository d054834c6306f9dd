using Platform.Core.Errors;
using Platform.Core.Security;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>Limits each actor per request type with a token bucket; over the limit → <see cref="RateLimitedError"/> with the wait.</summary>
public sealed class RateLimitMiddleware : IMediatorMiddleware
{
    private readonly TokenBucketRateLimiter _limiter;
    private readonly RateLimitOptions _default;
    private readonly IReadOnlyDictionary<string, RateLimitOptions> _perType;

    /// <summary>Creates the middleware with a default limit and optional per-type limits.</summary>
    public RateLimitMiddleware(TokenBucketRateLimiter limiter, RateLimitOptions defaultLimit, IReadOnlyDictionary<string, RateLimitOptions>? perType = null)
    {
        _limiter = limiter;
        _default = defaultLimit;
        _perType = perType ?? new Dictionary<string, RateLimitOptions>();
    }

    /// <inheritdoc />
    /// <remarks>The platform's own system actor is not limited.</remarks>
    public Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
    {
        var actor = envelope.Context.Actor;
        if (actor.Type != ActorType.System)
        {
            var type = envelope.Request.Type;
            var options = _perType.TryGetValue(type, out var specific) ? specific : _default;
            var key = $"{actor.OrgId}:{actor.Id}:{type}";
            if (!_limiter.TryAcquire(key, options, out var retryAfter))
            {
                throw new RateLimitedError(type, retryAfter);
            }
        }

        return next();
    }
}
