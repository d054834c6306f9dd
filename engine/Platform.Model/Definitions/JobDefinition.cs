namespace Platform.Model.Definitions;

/// <summary>A background job a module declares, optionally on a cron schedule.</summary>
/// <param name="Name">camelCase name; the queue name is <c>{module}.{name}</c>.</param>
public sealed record JobDefinition(string Name)
{
    /// <summary>A cron expression (five fields, UTC unless <see cref="TimeZone"/>), or null for on-demand jobs.</summary>
    public string? Cron { get; init; }

    /// <summary>An IANA time zone for <see cref="Cron"/>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>Attempts before the job goes to the dead-letter queue (default 3).</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>How long a run may take before it counts as hung, or null.</summary>
    public TimeSpan? Timeout { get; init; }
}
