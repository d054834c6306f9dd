namespace Platform.Core.Events;

/// <summary>What a publish did: how many handlers ran, and which failed.</summary>
/// <param name="Delivered">Handlers that completed.</param>
/// <param name="Failures">Handlers that threw.</param>
public sealed record PublishReport(int Delivered, IReadOnlyList<HandlerFailure> Failures)
{
    /// <summary>Whether every matching handler completed.</summary>
    public bool Succeeded => Failures.Count == 0;

    /// <summary>Adds two reports (for batches).</summary>
    public PublishReport Add(PublishReport other) => new(Delivered + other.Delivered, [.. Failures, .. other.Failures]);
}
