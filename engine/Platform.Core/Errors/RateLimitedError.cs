using System.Globalization;
using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>The caller exceeded a rate limit; <see cref="RetryAfter"/> says when a token is available.</summary>
public sealed class RateLimitedError : CoreError
{
    /// <summary>Creates the error.</summary>
    public RateLimitedError(string key, TimeSpan retryAfter)
        : base(ErrorCodes.RateLimited, $"Too many requests for {key}; retry after {Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s.", ValueMap.Of(("retryAfterMs", (long)retryAfter.TotalMilliseconds)))
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long until the next request would be allowed.</summary>
    public TimeSpan RetryAfter { get; }
}
