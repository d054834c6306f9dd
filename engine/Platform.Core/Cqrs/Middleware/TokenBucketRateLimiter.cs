using System.Collections.Concurrent;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>Token buckets by key (actor and request type), refilled continuously from the clock.</summary>
public sealed class TokenBucketRateLimiter
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates a limiter reading <paramref name="time"/>.</summary>
    public TokenBucketRateLimiter(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Takes a token from <paramref name="key"/>'s bucket; when empty, says how long until one is available.</summary>
    public bool TryAcquire(string key, RateLimitOptions options, out TimeSpan retryAfter)
    {
        var bucket = _buckets.GetOrAdd(key, _ => new Bucket(options.Capacity, _time.GetUtcNow()));
        lock (bucket)
        {
            var now = _time.GetUtcNow();
            bucket.Tokens = Math.Min(options.Capacity, bucket.Tokens + ((now - bucket.Refilled).TotalSeconds * options.PerSecond));
            bucket.Refilled = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - bucket.Tokens) / options.PerSecond);
            return false;
        }
    }

    private sealed class Bucket(double tokens, DateTimeOffset refilled)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset Refilled { get; set; } = refilled;
    }
}
