namespace Platform.Core.Jobs;

/// <summary>A queued unit of background work.</summary>
/// <param name="Id">The job id.</param>
/// <param name="Name">The queue name, <c>{module}.{job}</c>.</param>
/// <param name="Payload">The job's input.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <typeparam name="T">The payload type.</typeparam>
public sealed record Job<T>(string Id, string Name, T Payload, JobStatus Status, int Attempts, DateTimeOffset CreatedAt)
{
    /// <summary>The organization the job runs for.</summary>
    public string? OrgId { get; init; }

    /// <summary>When a worker last started it.</summary>
    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>When it completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Why the last attempt failed.</summary>
    public string? FailedReason { get; init; }

    /// <summary>Progress of a long job, 0–100.</summary>
    public int? Progress { get; init; }
}
