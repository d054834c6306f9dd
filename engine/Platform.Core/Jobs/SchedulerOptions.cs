namespace Platform.Core.Jobs;

/// <summary>How a recurring schedule behaves.</summary>
public sealed record SchedulerOptions
{
    /// <summary>The IANA time zone of the cron expression (default UTC).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Whether a run may start while the previous one still runs (default false).</summary>
    public bool Overlap { get; init; }

    /// <summary>Whether runs missed while no host was up are made up (default false).</summary>
    public bool CatchUp { get; init; }
}
