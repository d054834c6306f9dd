using Platform.Core.Context;

namespace Platform.Core.Jobs;

/// <summary>Processes one job; throwing fails the attempt (retried with backoff, then dead-lettered).</summary>
/// <typeparam name="T">The payload type.</typeparam>
public delegate Task JobHandler<T>(Job<T> job, ISystemContext context, CancellationToken cancellationToken);
