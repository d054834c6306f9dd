namespace Platform.Core.Repositories;

/// <summary>Creates repositories bound to one organization (the caller's).</summary>
public interface IRepositoryFactory
{
    /// <summary>The repository of <paramref name="entity"/> (<c>Item</c> or <c>catalog.Item</c>) for <paramref name="orgId"/>.</summary>
    IRepository<EntityRecord> Create(string entity, string orgId, string? actorId);
}
