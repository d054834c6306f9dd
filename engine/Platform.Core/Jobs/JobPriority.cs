namespace Platform.Core.Jobs;

/// <summary>How urgently a job runs; affects ordering and worker concurrency.</summary>
public enum JobPriority
{
    /// <summary>Ahead of everything else.</summary>
    Critical,

    /// <summary>The default.</summary>
    Standard,

    /// <summary>Background bulk work.</summary>
    Bulk,
}
