namespace Platform.Core.Jobs;

/// <summary>Recurring and one-shot schedules that enqueue jobs (with unique keys, so each run enqueues once across hosts).</summary>
public interface IScheduler
{
    /// <summary>Defines a recurring schedule.</summary>
    /// <exception cref="ArgumentException">The cron expression or time zone is invalid.</exception>
    void Define(string name, string cron, JobHandler<object?> handler, SchedulerOptions? options = null);

    /// <summary>Runs <paramref name="handler"/> once at <paramref name="at"/>.</summary>
    void RunOnce(string name, DateTimeOffset at, object? payload, JobHandler<object?> handler);

    /// <summary>Removes a schedule.</summary>
    void Cancel(string name);

    /// <summary>Stops a schedule from running until resumed.</summary>
    void Pause(string name);

    /// <summary>Resumes a paused schedule.</summary>
    void Resume(string name);

    /// <summary>Every schedule.</summary>
    IReadOnlyList<ScheduledJob> List();

    /// <summary>When <paramref name="name"/> runs next, or null.</summary>
    DateTimeOffset? GetNext(string name);
}
