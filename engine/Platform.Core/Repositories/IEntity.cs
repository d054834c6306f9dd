namespace Platform.Core.Repositories;

/// <summary>The base fields every stored entity has (seed 001 § 1), maintained by the repository.</summary>
public interface IEntity
{
    /// <summary>The id, <c>{prefix}_{ulid}</c>.</summary>
    string Id { get; }

    /// <summary>The tenant; always the caller's organization.</summary>
    string OrganizationId { get; }

    /// <summary>When the entity was created.</summary>
    DateTimeOffset CreatedAt { get; }

    /// <summary>When the entity last changed.</summary>
    DateTimeOffset UpdatedAt { get; }

    /// <summary>When the entity was soft-deleted, or null.</summary>
    DateTimeOffset? DeletedAt { get; }

    /// <summary>The optimistic-concurrency version, incremented on every save.</summary>
    int Version { get; }
}
