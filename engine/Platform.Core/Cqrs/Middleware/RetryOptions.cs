using Platform.Core.Errors;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>How transient failures are retried.</summary>
public sealed record RetryOptions
{
    /// <summary>Attempts in total, the first included (default 3).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The wait before the second attempt; doubled before each later one (default 100 ms).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait (default 5 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Which failures are transient. Default: transient integration errors and timeouts — never validation, conflicts or business rules.</summary>
    public Func<Exception, bool> IsTransient { get; init; } = static e => e is IntegrationError { IsTransient: true } or TimeoutException;
}
