namespace Platform.Core.Jobs;

/// <summary>The wait before a retry.</summary>
/// <param name="Kind">Fixed or exponential.</param>
/// <param name="Delay">The base delay.</param>
/// <param name="MaxDelay">The longest wait (default one hour).</param>
public sealed record BackoffPolicy(BackoffKind Kind, TimeSpan Delay, TimeSpan? MaxDelay = null)
{
    /// <summary>The default: exponential from one second.</summary>
    public static BackoffPolicy Default { get; } = new(BackoffKind.Exponential, TimeSpan.FromSeconds(1));

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failures (1-based).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var cap = MaxDelay ?? TimeSpan.FromHours(1);
        if (Kind == BackoffKind.Fixed)
        {
            return Delay < cap ? Delay : cap;
        }

        var factor = Math.Pow(2, Math.Min(attempt - 1, 62));
        var ticks = Delay.Ticks * factor;
        return ticks >= cap.Ticks ? cap : TimeSpan.FromTicks((long)ticks);
    }
}
