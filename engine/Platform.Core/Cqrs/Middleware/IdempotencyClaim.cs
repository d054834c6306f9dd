namespace Platform.Core.Cqrs.Middleware;

/// <summary>The outcome of claiming an idempotency key.</summary>
/// <param name="IsNew">True when the caller owns the key and must run the handler, then complete or release it.</param>
/// <param name="Existing">When not new: the outcome of the run that owns the key.</param>
public sealed record IdempotencyClaim(bool IsNew, Task<object?>? Existing);
