namespace Platform.Core.Repositories;

/// <summary>
/// The only way code touches an entity's table (seed 001 § 7). Every call is scoped to the
/// caller's organization; soft-deleted rows are hidden unless asked for; saves validate first,
/// set timestamps, check and increment the version, and write the entity's events in the same
/// transaction.
/// </summary>
/// <typeparam name="T">The entity type (<see cref="EntityRecord"/> for the one runtime path).</typeparam>
public interface IRepository<T>
    where T : IEntity
{
    /// <summary>The entity, or null when absent, deleted or of another organization.</summary>
    Task<T?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The entity, or a <see cref="Errors.NotFoundError"/>.</summary>
    Task<T> FindByIdOrFailAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A page of entities matching <paramref name="filter"/>.</summary>
    Task<PaginatedResult<T>> FindManyAsync(Filter filter, QueryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The first entity matching <paramref name="filter"/>, or null.</summary>
    Task<T?> FindOneAsync(Filter filter, CancellationToken cancellationToken = default);

    /// <summary>Every entity matching <paramref name="filter"/>, unpaged: use with care.</summary>
    Task<IReadOnlyList<T>> FindAllAsync(Filter filter, CancellationToken cancellationToken = default);

    /// <summary>How many entities match.</summary>
    Task<long> CountAsync(Filter filter, CancellationToken cancellationToken = default);

    /// <summary>Whether any entity matches.</summary>
    Task<bool> ExistsAsync(Filter filter, CancellationToken cancellationToken = default);

    /// <summary>Inserts or updates (by id); an update with a stale version is a <see cref="Errors.ConflictError"/>.</summary>
    Task<T> SaveAsync(T entity, CancellationToken cancellationToken = default);

    /// <summary>Saves several entities in one transaction.</summary>
    Task<IReadOnlyList<T>> SaveBatchAsync(IReadOnlyList<T> entities, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes (sets <c>deletedAt</c>), checking <paramref name="expectedVersion"/> when given.</summary>
    Task<T> DeleteAsync(string id, int? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the row for good (data erasure).</summary>
    Task HardDeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Undoes a soft delete.</summary>
    Task<T> RestoreAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns.</summary>
    Task<TResult> TransactionAsync<TResult>(Func<ITransaction, Task<TResult>> work, CancellationToken cancellationToken = default);

    /// <summary>A raw parameterized query in the caller's organization, returning plain rows.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RawAsync(string sql, IReadOnlyList<object?>? parameters = null, CancellationToken cancellationToken = default);
}
