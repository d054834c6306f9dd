namespace Platform.Core.Validation;

/// <summary>Who validates what: the tenant for lookups, and the entity being updated (excluded from uniqueness checks).</summary>
/// <param name="OrgId">The caller's organization.</param>
/// <param name="ActorId">The caller.</param>
/// <param name="EntityId">The entity being updated, or null on create.</param>
public sealed record ValidationScope(string OrgId, string? ActorId = null, string? EntityId = null);
