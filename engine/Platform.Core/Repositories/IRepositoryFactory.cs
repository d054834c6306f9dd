namespace Platform.Core.Repositories;

/// <summary>Creates repositories bound to one organization (the caller's).</summary>
public interface IRepositoryFactory
{
    /// <summary>The repository of <paramref name="entity"/> (<c>Item</c> or <c>catalog.Item</c>) for <paramref name="orgId"/>; its events carry <paramref name="correlationId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No loaded module has the entity, or a bare name is ambiguous.</exception>
    IRepository<EntityRecord> Create(string entity, string orgId, string? actorId, string? correlationId = null);
}
