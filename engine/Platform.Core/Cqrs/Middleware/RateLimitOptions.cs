namespace Platform.Core.Cqrs.Middleware;

/// <summary>A token bucket: up to <paramref name="Capacity"/> requests at once, refilled at <paramref name="PerSecond"/>.</summary>
/// <param name="Capacity">The burst size.</param>
/// <param name="PerSecond">Tokens added per second.</param>
public sealed record RateLimitOptions(int Capacity, double PerSecond);
