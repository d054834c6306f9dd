namespace Platform.Core.Repositories;

/// <summary>A unit of work: the row, its events and its outbox entries commit together or not at all.</summary>
public interface ITransaction : IAsyncDisposable
{
    /// <summary>Commits. Disposing without committing rolls back.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Rolls back explicitly.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}
