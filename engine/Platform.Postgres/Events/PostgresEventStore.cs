using System.Runtime.CompilerServices;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Events;
using Platform.Core.Repositories;
using Platform.Core.Serialization;
using Platform.Model.Schema;
using Platform.Postgres.Connections;
using Platform.Postgres.Queries;
using Platform.Postgres.Repositories;

namespace Platform.Postgres.Events;

/// <summary>
/// The event store of one organization (seed 001 § EventStore) over <c>evt_store</c>: append (with
/// the outbox row and notify, like repository writes), read an aggregate's stream after a version,
/// read by type, replay by filter from a time, and an aggregate's current version. Row-level
/// security keeps every read inside the organization.
/// </summary>
/// <param name="app">A data source connecting as <c>platform_app</c>.</param>
/// <param name="orgId">The organization.</param>
public sealed class PostgresEventStore(NpgsqlDataSource app, string orgId) : IEventStore
{
    private const string Columns = "id, type, aggregate_id, aggregate_type, payload, occurred_at, actor_id, org_id, correlation_id, caused_by, version, source, metadata";
    private readonly TenantScope _scope = new(app, orgId);

    /// <inheritdoc />
    public Task AppendAsync(DomainEvent domainEvent, ITransaction? transaction = null, CancellationToken cancellationToken = default) =>
        AppendBatchAsync([domainEvent], transaction, cancellationToken);

    /// <inheritdoc />
    /// <remarks>One statement per event; a version already taken for the aggregate fails the whole batch (optimistic concurrency).</remarks>
    public async Task AppendBatchAsync(IReadOnlyList<DomainEvent> events, ITransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await app.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = _scope.CreateBatch(connection);
        foreach (var e in events)
        {
            if (e.OrgId != orgId)
            {
                throw new ArgumentException($"Event {e.Id} belongs to organization '{e.OrgId}', not '{orgId}'.", nameof(events));
            }

            var parameters = new SqlParameters();
            var text = new StringBuilder()
                .Append("WITH stored AS (INSERT INTO evt_store (").Append(Columns).Append(") VALUES (")
                .Append(string.Join(", ", new[]
                {
                    parameters.Add(e.Id, NpgsqlDbType.Text), parameters.Add(e.Type, NpgsqlDbType.Text), parameters.Add(e.AggregateId, NpgsqlDbType.Text),
                    parameters.Add(e.AggregateType, NpgsqlDbType.Text), parameters.Add(SqlLiterals.Json(EventJson.ToPlain(e.Payload)), NpgsqlDbType.Jsonb),
                    parameters.Add(e.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz), parameters.Add(e.ActorId, NpgsqlDbType.Text), parameters.Add(e.OrgId, NpgsqlDbType.Text),
                    parameters.Add(e.CorrelationId, NpgsqlDbType.Text), parameters.Add(e.CausedBy, NpgsqlDbType.Text), parameters.Add(e.Version, NpgsqlDbType.Integer),
                    parameters.Add(e.Source, NpgsqlDbType.Text), parameters.Add(SqlLiterals.Json(EventJson.ToPlain(e.Metadata)), NpgsqlDbType.Jsonb),
                }))
                .Append(") RETURNING id), queued AS (INSERT INTO evt_outbox (id, aggregate_id, version, event) SELECT id, ")
                .Append(parameters.Add(e.AggregateId, NpgsqlDbType.Text)).Append(", ").Append(parameters.Add(e.Version, NpgsqlDbType.Integer)).Append(", ")
                .Append(parameters.Add(EventJson.Write(e), NpgsqlDbType.Jsonb)).Append(" FROM stored) SELECT pg_notify('")
                .Append(EntityRepository.OutboxChannel).Append("', id) FROM stored");
            var command = new NpgsqlBatchCommand(text.ToString());
            foreach (var parameter in parameters.All)
            {
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<DomainEvent> ReadAsync(string aggregateId, EventReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var parameters = new SqlParameters();
        var where = new List<string> { $"aggregate_id = {parameters.Add(aggregateId, NpgsqlDbType.Text)}" };
        AddOptions(where, parameters, options, afterVersion: true);
        return QueryAsync(where, parameters, "version", options?.Limit, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<DomainEvent> ReadByTypeAsync(string type, EventReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var parameters = new SqlParameters();
        var where = new List<string> { $"type = {parameters.Add(type, NpgsqlDbType.Text)}" };
        AddOptions(where, parameters, options, afterVersion: false);
        return QueryAsync(where, parameters, "occurred_at, id", options?.Limit, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DomainEvent> ReplayAsync(EventFilter filter, DateTimeOffset from, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parameters = new SqlParameters();
        var where = new List<string> { $"occurred_at >= {parameters.Add(from.ToUniversalTime(), NpgsqlDbType.TimestampTz)}" };
        if (filter.AggregateType is { } aggregateType)
        {
            where.Add($"aggregate_type = {parameters.Add(aggregateType, NpgsqlDbType.Text)}");
        }

        if (filter.ActorId is { } actor)
        {
            where.Add($"actor_id = {parameters.Add(actor, NpgsqlDbType.Text)}");
        }

        // Type patterns (catalog.*, *.created) are matched as the bus matches them.
        await foreach (var e in QueryAsync(where, parameters, "occurred_at, id", null, cancellationToken).ConfigureAwait(false))
        {
            if (filter.Matches(e))
            {
                yield return e;
            }
        }
    }

    /// <inheritdoc />
    public async Task<int> GetVersionAsync(string aggregateId, CancellationToken cancellationToken = default)
    {
        var rows = await _scope.QueryAsync("SELECT coalesce(max(version), 0) FROM evt_store WHERE aggregate_id = $1", [aggregateId], r => r.GetInt32(0), cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    private static void AddOptions(List<string> where, SqlParameters parameters, EventReadOptions? options, bool afterVersion)
    {
        if (afterVersion && options?.AfterVersion is { } version)
        {
            where.Add($"version > {parameters.Add(version, NpgsqlDbType.Integer)}");
        }

        if (options?.From is { } from)
        {
            where.Add($"occurred_at >= {parameters.Add(from.ToUniversalTime(), NpgsqlDbType.TimestampTz)}");
        }

        if (options?.To is { } to)
        {
            where.Add($"occurred_at < {parameters.Add(to.ToUniversalTime(), NpgsqlDbType.TimestampTz)}");
        }
    }

    private async IAsyncEnumerable<DomainEvent> QueryAsync(List<string> where, SqlParameters parameters, string order, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var text = $"SELECT {Columns} FROM evt_store WHERE {string.Join(" AND ", where)} ORDER BY {order}" + (limit is { } l ? $" LIMIT {SelectCompiler.Literal(l)}" : "");
        var rows = await _scope.QueryAsync(new SqlQuery(text, parameters), Read, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            yield return row;
        }
    }

    private static DomainEvent Read(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(7), r.GetInt32(10), r.GetString(11), r.GetFieldValue<DateTimeOffset>(5), r.GetString(8))
        {
            Payload = PlainJson.Parse(r.GetString(4)) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
            ActorId = r.IsDBNull(6) ? null : r.GetString(6),
            CausedBy = r.IsDBNull(9) ? null : r.GetString(9),
            Metadata = (PlainJson.Parse(r.GetString(12)) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>()).ToDictionary(e => e.Key, e => e.Value as string ?? "", StringComparer.Ordinal),
        };
}
