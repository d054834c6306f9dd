namespace Platform.Postgres.Events;

/// <summary>How the outbox relay runs.</summary>
public sealed record OutboxRelayOptions
{
    /// <summary>Events claimed per round.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>How often the relay looks when no notification wakes it (the fallback for lost notifies).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long the relay lets writes gather after a notification wakes it, before it claims: under a
    /// stream of writes it claims them a batch at a time instead of one round per write (each round is a
    /// claim, a mark and a commit). Handlers see events this much later; realtime subscribers do not wait
    /// for the relay.
    /// </summary>
    public TimeSpan GatherDelay { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>How long published rows stay in the outbox before they are pruned.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The wait before retry <c>n</c> (1-based) of an event whose handlers failed: 1 s, 2 s, 4 s … capped at 5 minutes.</summary>
    public Func<int, TimeSpan> Backoff { get; init; } = attempt => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempt - 1)));
}
