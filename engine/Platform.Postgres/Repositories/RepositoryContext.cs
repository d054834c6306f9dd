using Platform.Core.Ids;
using Platform.Core.Validation;

namespace Platform.Postgres.Repositories;

/// <summary>Who a repository acts for and the services it uses.</summary>
/// <param name="OrgId">The caller's organization: every statement runs under it.</param>
/// <param name="ActorId">The caller, recorded on events; null for the system.</param>
/// <param name="CorrelationId">Ties the events of one request together.</param>
public sealed record RepositoryContext(string OrgId, string? ActorId, string CorrelationId)
{
    /// <summary>The clock for timestamps and event times.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Makes ids (entity prefix + ULID).</summary>
    public UlidGenerator Ulids { get; init; } = new();

    /// <summary>Validates input against the entity definition before any SQL.</summary>
    public EntityValidator Validator { get; init; } = new();
}
