namespace Platform.Core.Jobs;

/// <summary>How a job is queued and retried (seed 001 § 9).</summary>
public sealed record JobOptions
{
    /// <summary>Ordering and concurrency class.</summary>
    public JobPriority Priority { get; init; } = JobPriority.Standard;

    /// <summary>How long before the job becomes available.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>Attempts before the job goes to the dead-letter queue (default 3).</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>The wait between attempts.</summary>
    public BackoffPolicy Backoff { get; init; } = BackoffPolicy.Default;

    /// <summary>An idempotency key: adding a job with a key already queued is ignored.</summary>
    public string? JobId { get; init; }

    /// <summary>How long a run may take before it counts as hung.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether the job is removed after success (default true).</summary>
    public bool RemoveOnComplete { get; init; } = true;
}
