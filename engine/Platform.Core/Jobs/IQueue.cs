namespace Platform.Core.Jobs;

/// <summary>Durable background jobs (seed 001 § 9; ARCHITECTURE: Postgres with <c>SKIP LOCKED</c>).</summary>
public interface IQueue
{
    /// <summary>Adds a job; with <see cref="JobOptions.JobId"/>, a duplicate add returns the existing job.</summary>
    Task<Job<T>> AddAsync<T>(string name, T payload, JobOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Adds several jobs atomically.</summary>
    Task<IReadOnlyList<Job<T>>> AddBatchAsync<T>(string name, IReadOnlyList<T> payloads, JobOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Registers the processor of queue <paramref name="name"/> (at boot).</summary>
    void Process<T>(string name, JobHandler<T> handler, int concurrency = 1);

    /// <summary>A job by id, or null.</summary>
    Task<Job<T>?> GetJobAsync<T>(string id, CancellationToken cancellationToken = default);

    /// <summary>Runs a failed job again.</summary>
    Task RetryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Cancels a job that has not started.</summary>
    Task CancelAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Waits until queue <paramref name="name"/> has no waiting or active jobs.</summary>
    Task DrainAsync(string name, CancellationToken cancellationToken = default);
}
