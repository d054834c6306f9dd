namespace Platform.Core.Jobs;

/// <summary>A schedule known to the scheduler.</summary>
/// <param name="Name">The schedule's name.</param>
/// <param name="Cron">The cron expression, or null for a one-shot.</param>
/// <param name="NextRunAt">When it runs next, or null when paused or done.</param>
/// <param name="Paused">Whether it is paused.</param>
public sealed record ScheduledJob(string Name, string? Cron, DateTimeOffset? NextRunAt, bool Paused);
