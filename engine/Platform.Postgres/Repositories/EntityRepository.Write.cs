using System.Text;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Errors;
using Platform.Core.Events;
using Platform.Core.Repositories;
using Platform.Core.Validation;
using Platform.Model.Schema;
using Platform.Model.Values;
using Platform.Postgres.Events;
using Platform.Postgres.Queries;

namespace Platform.Postgres.Repositories;

public sealed partial class EntityRepository
{
    private const string VersionPath = "'{version}'";
    private const string RowPath = "'{change,row}'";

    /// <summary>Creates an entity from <paramref name="input"/> (defaults applied, id generated with the entity's prefix unless given).</summary>
    /// <exception cref="ValidationError">The input breaks the definition; nothing was written.</exception>
    /// <exception cref="ConflictError">A unique field's value is taken.</exception>
    public async Task<EntityRecord> CreateAsync(IReadOnlyDictionary<string, object?> input, string? id = null, CancellationToken cancellationToken = default)
    {
        await ValidateAsync(input, ValidationMode.Create, null, cancellationToken).ConfigureAwait(false);
        id ??= $"{_table.Entity.IdPrefix}_{_context.Ulids.Next()}";
        var now = _context.Time.GetUtcNow();
        var parameters = new List<NpgsqlParameter>();
        string P(object? value, NpgsqlDbType type)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
            return "$" + parameters.Count;
        }

        var columns = new List<string> { "id", "created_at", "updated_at" };
        var values = new List<string> { P(id, NpgsqlDbType.Text), P(now, NpgsqlDbType.TimestampTz), P(now, NpgsqlDbType.TimestampTz) };
        if (!_table.Entity.TenantRoot)
        {
            columns.Add("organization_id");
            values.Add(P(_context.OrgId, NpgsqlDbType.Text));
        }

        foreach (var field in _table.Entity.Fields.Where(f => input.TryGetValue(f.Key, out var v) && v is not null))
        {
            foreach (var (column, parameter) in EntityTable.Write(field, input[field.Key]))
            {
                columns.Add(SqlLiterals.Identifier(column));
                parameters.Add(parameter);
                values.Add("$" + parameters.Count);
            }
        }

        var write = $"INSERT INTO {SqlLiterals.Identifier(_table.Table)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)}) RETURNING {_table.SelectList}";
        var payload = ValueMap.Of(("fields", EventJson.ToPlain(SensitiveData.Redact(_table.Entity, input))));
        var created = NewEvent(EventTypes.Created, payload, id, _table.Entity.Fields.Select(f => f.Key).ToList());
        return await WriteAsync(write, parameters, [created], "", cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("An insert returned no row.");
    }

    /// <summary>Changes the fields in <paramref name="patch"/> (null clears a field); checks <paramref name="expectedVersion"/> when given.</summary>
    /// <exception cref="ValidationError">The patch breaks the definition; nothing was written.</exception>
    /// <exception cref="NotFoundError">No such entity in the organization (or it is deleted).</exception>
    /// <exception cref="ConflictError">The entity is at another version, or a unique value is taken.</exception>
    public async Task<EntityRecord> UpdateAsync(string id, IReadOnlyDictionary<string, object?> patch, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        await ValidateAsync(patch, ValidationMode.Update, id, cancellationToken).ConfigureAwait(false);
        var (sets, parameters, changed) = Assignments(patch);
        var payload = ValueMap.Of(("changes", EventJson.ToPlain(SensitiveData.Redact(_table.Entity, patch))), ("changedFields", new ValueList(changed)));
        var updated = NewEvent(EventTypes.Updated, payload, id, changed);
        return await VersionedWriteAsync(id, expectedVersion, sets, parameters, "deleted_at IS NULL", [updated], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a state machine transition: the transition's <paramref name="assignments"/> (the status
    /// field and assign actions) at <paramref name="expectedVersion"/>, recorded by the transition's
    /// <paramref name="events"/> — the first is the transition's own, the rest were emitted by its
    /// actions — all in one statement.
    /// </summary>
    /// <exception cref="ValidationError">An assigned value breaks the definition; nothing was written.</exception>
    /// <exception cref="ConflictError">The entity changed since it was read.</exception>
    public async Task<EntityRecord> TransitionAsync(string id, IReadOnlyDictionary<string, object?> assignments, int expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            throw new ArgumentException("A transition records at least its own event.", nameof(events));
        }

        await ValidateAsync(assignments, ValidationMode.Transition, id, cancellationToken).ConfigureAwait(false);
        var (sets, parameters, changed) = Assignments(assignments);
        var recorded = events.Select((e, i) => i == 0 ? e with { Change = new AggregateChange(AggregateChange.Transitioned, changed, ValueMap.Empty) } : e).ToList();
        return await VersionedWriteAsync(id, expectedVersion, sets, parameters, "deleted_at IS NULL", recorded, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<EntityRecord> SaveAsync(EntityRecord entity, CancellationToken cancellationToken = default) =>
        entity.Version == 0
            ? CreateAsync(entity.Fields, string.IsNullOrEmpty(entity.Id) ? null : entity.Id, cancellationToken)
            : UpdateAsync(entity.Id, entity.Fields, entity.Version, cancellationToken);

    /// <inheritdoc />
    /// <remarks>All or nothing: the saves share one transaction.</remarks>
    public Task<IReadOnlyList<EntityRecord>> SaveBatchAsync(IReadOnlyList<EntityRecord> entities, CancellationToken cancellationToken = default) =>
        _transaction is not null ? SaveEachAsync(this, entities, cancellationToken) : TransactionAsync(tx => SaveEachAsync(In(tx), entities, cancellationToken), cancellationToken);

    /// <summary>Deletes: marks it deleted when the entity soft-deletes (restore brings it back), otherwise removes the row.</summary>
    public async Task<EntityRecord> DeleteAsync(string id, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (!_table.Entity.SoftDelete)
        {
            return await HardDeleteCoreAsync(id, expectedVersion, cancellationToken).ConfigureAwait(false);
        }

        var parameters = new List<NpgsqlParameter> { new() { Value = _context.Time.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz } };
        return await VersionedWriteAsync(id, expectedVersion, "deleted_at = $1, ", parameters, "deleted_at IS NULL", [NewEvent(EventTypes.Deleted, ValueMap.Empty, id, ["deletedAt"])], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task HardDeleteAsync(string id, CancellationToken cancellationToken = default) => HardDeleteCoreAsync(id, null, cancellationToken);

    /// <inheritdoc />
    public Task<EntityRecord> RestoreAsync(string id, CancellationToken cancellationToken = default) =>
        VersionedWriteAsync(id, null, "deleted_at = NULL, ", [], "deleted_at IS NOT NULL", [NewEvent(EventTypes.Restored, ValueMap.Empty, id, ["deletedAt"])], cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction of this organization and commits it when the
    /// work completes (an exception rolls everything back). Repositories join it with <see cref="In"/>.
    /// </summary>
    public async Task<TResult> TransactionAsync<TResult>(Func<ITransaction, Task<TResult>> work, CancellationToken cancellationToken = default)
    {
        await using var transaction = await _scope.BeginAsync(cancellationToken).ConfigureAwait(false);
        var handle = new TransactionHandle(transaction, _context.OrgId);
        var result = await work(handle).ConfigureAwait(false);
        if (!handle.Completed)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private static async Task<IReadOnlyList<EntityRecord>> SaveEachAsync(EntityRepository repository, IReadOnlyList<EntityRecord> entities, CancellationToken cancellationToken)
    {
        var saved = new List<EntityRecord>(entities.Count);
        foreach (var entity in entities)
        {
            saved.Add(await repository.SaveAsync(entity, cancellationToken).ConfigureAwait(false));
        }

        return saved;
    }

    private async Task<EntityRecord> HardDeleteCoreAsync(string id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter> { new() { Value = id, NpgsqlDbType = NpgsqlDbType.Text } };
        var check = "";
        if (expectedVersion is { } version)
        {
            parameters.Add(new NpgsqlParameter { Value = version, NpgsqlDbType = NpgsqlDbType.Integer });
            check = " AND version = $2";
        }

        var write = $"DELETE FROM {SqlLiterals.Identifier(_table.Table)} WHERE id = $1{check} RETURNING {_table.SelectList}";
        return await WriteAsync(write, parameters, [NewEvent(EventTypes.Deleted, ValueMap.Empty, id, ["deletedAt"])], " + 1", cancellationToken).ConfigureAwait(false)
            ?? throw await MissingAsync(id, expectedVersion, "deleted_at IS NULL", cancellationToken).ConfigureAwait(false);
    }

    private async Task<EntityRecord> VersionedWriteAsync(string id, int? expectedVersion, string sets, List<NpgsqlParameter> parameters, string state, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("id = $").Append(parameters.Count + 1);
        parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = _context.Time.GetUtcNow(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        var now = "$" + parameters.Count;
        if (expectedVersion is { } version && _table.Entity.Versioned)
        {
            parameters.Add(new NpgsqlParameter { Value = version, NpgsqlDbType = NpgsqlDbType.Integer });
            where.Append(" AND version = $").Append(parameters.Count);
        }

        where.Append(" AND ").Append(state);
        var write = $"UPDATE {SqlLiterals.Identifier(_table.Table)} SET {sets}updated_at = {now}, version = version + 1 WHERE {where} RETURNING {_table.SelectList}";
        return await WriteAsync(write, parameters, events, "", cancellationToken).ConfigureAwait(false)
            ?? throw await MissingAsync(id, _table.Entity.Versioned ? expectedVersion : null, state, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The column assignments of <paramref name="values"/> (<c>col = $n, </c>), their parameters, and the field keys set.</summary>
    private (string Sets, List<NpgsqlParameter> Parameters, List<string> Changed) Assignments(IReadOnlyDictionary<string, object?> values)
    {
        var parameters = new List<NpgsqlParameter>();
        var sets = new StringBuilder();
        var changed = new List<string>();
        foreach (var field in _table.Entity.Fields.Where(f => values.ContainsKey(f.Key)))
        {
            changed.Add(field.Key);
            foreach (var (column, parameter) in EntityTable.Write(field, values[field.Key]))
            {
                parameters.Add(parameter);
                sets.Append(SqlLiterals.Identifier(column)).Append(" = $").Append(parameters.Count).Append(", ");
            }
        }

        return (sets.ToString(), parameters, changed);
    }

    /// <summary>The primary event of a write by this repository: <c>{module}.{entity}.{verb}</c>, recording the row it leaves.</summary>
    private DomainEvent NewEvent(string verb, ValueMap payload, string id, IReadOnlyList<string> changedFields) =>
        new($"evt_{_context.Ulids.Next()}", EventTypes.For(_table.Module.Id, _table.Entity.Name, verb), id, _table.Entity.Name, _context.OrgId, 0, _table.Module.Id, _context.Time.GetUtcNow(), _context.CorrelationId)
        {
            ActorId = _context.ActorId,
            Payload = payload,
            Change = new AggregateChange(verb, changedFields, ValueMap.Empty),
        };

    /// <summary>
    /// Runs a write as one statement with its events — the event store rows, the outbox rows (the
    /// primary event carrying the written row) and one notification for the relay and the realtime
    /// broadcast; null when it touched no row. Every event takes the row's new version.
    /// </summary>
    private async Task<EntityRecord?> WriteAsync(string write, List<NpgsqlParameter> parameters, IReadOnlyList<DomainEvent> events, string versionOffset, CancellationToken cancellationToken)
    {
        string P(object? value, NpgsqlDbType type)
        {
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
            return "$" + parameters.Count;
        }

        var rows = new List<string>(events.Count);
        foreach (var e in events)
        {
            rows.Add($"({P(e.Id, NpgsqlDbType.Text)}, {P(e.Type, NpgsqlDbType.Text)}, {P(e.AggregateType, NpgsqlDbType.Text)}, {P(SqlLiterals.Json(EventJson.ToPlain(e.Payload)), NpgsqlDbType.Jsonb)}, "
                + $"{P(e.OccurredAt, NpgsqlDbType.TimestampTz)}, {P(e.ActorId, NpgsqlDbType.Text)}, {P(e.OrgId, NpgsqlDbType.Text)}, {P(e.CorrelationId, NpgsqlDbType.Text)}, "
                + $"{P(e.CausedBy, NpgsqlDbType.Text)}, {P(e.Source, NpgsqlDbType.Text)}, {P(EventJson.Write(e), NpgsqlDbType.Jsonb)}, {(e.Change is null ? "false" : "true")})");
        }

        var version = $"written.version{versionOffset}";
        var notification = P(string.Join(',', events.Select(e => e.Id)), NpgsqlDbType.Text);
        var sql = $"""
            WITH written AS ({write}),
            events (id, type, aggregate_type, payload, occurred_at, actor_id, org_id, correlation_id, caused_by, source, event, records_row) AS (VALUES {string.Join(", ", rows)}),
            stored AS (
                INSERT INTO evt_store (id, type, aggregate_id, aggregate_type, payload, occurred_at, actor_id, org_id, correlation_id, caused_by, version, source)
                SELECT e.id, e.type, written.id, e.aggregate_type, e.payload, e.occurred_at, e.actor_id, e.org_id, e.correlation_id, e.caused_by, {version}, e.source
                FROM written, events e),
            queued AS (
                INSERT INTO evt_outbox (id, aggregate_id, version, event)
                SELECT e.id, written.id, {version},
                       CASE WHEN e.records_row THEN jsonb_set(jsonb_set(e.event, {VersionPath}, to_jsonb({version})), {RowPath}, to_jsonb(written))
                            ELSE jsonb_set(e.event, {VersionPath}, to_jsonb({version})) END
                FROM written, events e)
            SELECT {_table.SelectList}, pg_notify('{OutboxChannel}', {notification}) FROM written
            """;

        try
        {
            var (batch, setsOrganization, connection) = await OpenBatchAsync(cancellationToken).ConfigureAwait(false);
            await using var lease = new Lease(batch, connection);
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddRange(parameters.ToArray());
            batch.BatchCommands.Add(command);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (setsOrganization)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? _table.Read(reader) : null;
        }
        catch (PostgresException e) when (PostgresErrors.Translate(e, _table) is { } error)
        {
            throw error;
        }
    }

    /// <summary>Why a write touched no row: the entity is absent (or in the wrong state) or at another version.</summary>
    private async Task<CoreError> MissingAsync(string id, int? expectedVersion, string state, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var query = new SqlQuery($"SELECT version, {state} FROM {SqlLiterals.Identifier(_table.Table)} WHERE id = {parameters.Add(id, NpgsqlDbType.Text)}", parameters);
        var rows = await ReadAllAsync(query, r => (Version: r.GetInt32(0), InState: r.GetBoolean(1)), cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0 || !rows[0].InState)
        {
            return new NotFoundError(_table.Entity.Name, id);
        }

        return expectedVersion is { } expected && rows[0].Version != expected
            ? ConflictError.StaleVersion(_table.Entity.Name, id, expected, rows[0].Version)
            : new ConflictError($"{_table.Entity.Name} '{id}' changed while it was being written; retry.");
    }

    private async Task ValidateAsync(IReadOnlyDictionary<string, object?> input, ValidationMode mode, string? id, CancellationToken cancellationToken)
    {
        var failures = await _context.Validator.ValidateAsync(_table.Entity, input, mode, Scope(id), cancellationToken).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            throw new ValidationError(failures);
        }
    }

    /// <summary>The transaction given to <see cref="TransactionAsync{TResult}"/>'s work.</summary>
    private sealed class TransactionHandle(Connections.TenantTransaction transaction, string orgId) : ITransaction
    {
        public Connections.TenantTransaction Transaction => transaction;

        public string OrgId => orgId;

        public bool Completed { get; private set; }

        public Task CommitAsync(CancellationToken cancellationToken = default)
        {
            Completed = true;
            return transaction.CommitAsync(cancellationToken);
        }

        public Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            Completed = true;
            return transaction.Transaction.RollbackAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
