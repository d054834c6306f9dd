namespace Platform.Core.Jobs;

/// <summary>Jobs that failed every attempt.</summary>
public interface IDeadLetterQueue
{
    /// <summary>The dead jobs of queue <paramref name="name"/>, oldest first.</summary>
    Task<IReadOnlyList<Job<object?>>> GetAsync(string name, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Puts up to <paramref name="limit"/> dead jobs back in the queue with fresh attempts.</summary>
    Task<int> ReplayAsync(string name, int? limit = null, CancellationToken cancellationToken = default);
}
