namespace Platform.Core.Jobs;

/// <summary>How the wait between attempts grows.</summary>
public enum BackoffKind
{
    /// <summary>The same delay every time.</summary>
    Fixed,

    /// <summary>Doubling from the base delay.</summary>
    Exponential,
}
