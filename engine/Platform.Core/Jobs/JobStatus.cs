namespace Platform.Core.Jobs;

/// <summary>Where a job is in its life.</summary>
public enum JobStatus
{
    /// <summary>Ready to run.</summary>
    Waiting,

    /// <summary>Not available before its run time.</summary>
    Delayed,

    /// <summary>Claimed by a worker.</summary>
    Active,

    /// <summary>Finished.</summary>
    Completed,

    /// <summary>Failed its last attempt; in the dead-letter queue.</summary>
    Failed,

    /// <summary>Cancelled before it ran.</summary>
    Cancelled,
}
