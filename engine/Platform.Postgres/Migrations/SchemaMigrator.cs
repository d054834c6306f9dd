using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Model.Schema;
using Platform.Postgres.Sql;

namespace Platform.Postgres.Migrations;

/// <summary>
/// Declarative migrations (ARCHITECTURE.md § Storage): the desired tables of the loaded modules are
/// diffed against the live catalog into a plan; additive steps apply automatically, destructive
/// ones only when allowed; each applied plan is recorded with its checksum. Everything runs under
/// an advisory lock, so hosts starting together migrate once.
/// </summary>
/// <param name="owner">A data source connecting as the schema owner (<c>platform_owner</c>).</param>
/// <param name="logger">Where applied steps are logged.</param>
public sealed partial class SchemaMigrator(NpgsqlDataSource owner, ILogger? logger = null)
{
    /// <summary>The advisory-lock key every migrator takes (<c>'platform.migrations'</c> hashed to 64 bits).</summary>
    public const long LockKey = 0x706c_6174_6d69_67;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>The checksum of a desired schema: SHA-256 of its DDL.</summary>
    public static string Checksum(DatabaseSchema desired) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DdlRenderer.Script(desired))));

    /// <summary>The plan that would bring the database to <paramref name="desired"/>, without changing anything.</summary>
    public async Task<MigrationPlan> PlanAsync(DatabaseSchema desired, MigrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MigrationOptions();
        await using var connection = await owner.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, SqlResources.Read("migrations-bootstrap.sql"), cancellationToken).ConfigureAwait(false);
        var plan = await ComputeAsync(connection, transaction, desired, options, cancellationToken).ConfigureAwait(false);
        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        return plan;
    }

    /// <summary>Brings the database to <paramref name="desired"/> and returns the plan applied (empty when nothing changed).</summary>
    /// <exception cref="MigrationRefusedException">The plan has destructive steps that are not allowed, or changes that need a manifest change; nothing was changed.</exception>
    public async Task<MigrationPlan> ApplyAsync(DatabaseSchema desired, MigrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MigrationOptions();
        await using var connection = await owner.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // A session lock, because concurrent index builds run after the transaction commits.
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, SqlResources.Read("migrations-bootstrap.sql"), cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var plan = await ComputeAsync(connection, transaction, desired, options, cancellationToken).ConfigureAwait(false);
            if (plan.Refusals.Count > 0 || (plan.DestructiveSteps.Count > 0 && !options.AllowDestructive))
            {
                throw new MigrationRefusedException(plan);
            }

            foreach (var step in plan.Steps.Where(s => s.Transactional))
            {
                LogStep(_logger, step.Description);
                await ExecuteAsync(connection, transaction, step.Sql, cancellationToken).ConfigureAwait(false);
            }

            await RecordAsync(connection, transaction, desired, plan, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            foreach (var step in plan.Steps.Where(s => !s.Transactional))
            {
                LogStep(_logger, step.Description);
                await ExecuteAsync(connection, null, step.Sql, cancellationToken).ConfigureAwait(false);
            }

            return plan;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<MigrationPlan> ComputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DatabaseSchema desired, MigrationOptions options, CancellationToken cancellationToken)
    {
        var modules = desired.Tables.Select(t => t.Module ?? "").Distinct(StringComparer.Ordinal).ToArray();
        var owned = await QueryStringsAsync(connection, transaction, "SELECT table_name FROM platform_schema_tables WHERE module = ANY($1)", modules, cancellationToken).ConfigureAwait(false);
        var names = desired.Tables.Select(t => t.Name).Concat(desired.Tables.Select(t => t.RenamedFrom).OfType<string>()).Concat(owned).Distinct(StringComparer.Ordinal).ToList();
        var live = await CatalogReader.ReadAsync(connection, transaction, options.Schema, names, cancellationToken).ConfigureAwait(false);
        var shadow = await ReadShadowAsync(connection, transaction, desired, cancellationToken).ConfigureAwait(false);

        // Plan as if every table held rows; only the tables that then refuse a change are looked into
        // (looking takes a lock, so an unchanged schema never does).
        var (steps, refusals) = SchemaDiff.Compare(desired, shadow, live, owned, live.Keys);
        if (refusals.Count > 0)
        {
            var populated = new List<string>();
            foreach (var table in refusals.Select(r => r.Table).Distinct(StringComparer.Ordinal))
            {
                if (!live.ContainsKey(table) || await HasRowsAsync(connection, transaction, options.Schema, table, cancellationToken).ConfigureAwait(false))
                {
                    populated.Add(table);
                }
            }

            (steps, refusals) = SchemaDiff.Compare(desired, shadow, live, owned, populated);
        }

        return new MigrationPlan(steps, Checksum(desired), refusals.Select(r => r.Message).ToList());
    }

    /// <summary>
    /// Creates the desired tables in a throw-away schema and reads them back, so the comparison uses
    /// PostgreSQL's canonical form of every default, check, predicate and policy.
    /// </summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Migration: {Step}")]
    private static partial void LogStep(ILogger logger, string step);

    private static async Task<Dictionary<string, SqlTable>> ReadShadowAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DatabaseSchema desired, CancellationToken cancellationToken)
    {
        const string Shadow = "platform_migration_shadow";
        await ExecuteAsync(connection, transaction, $"SAVEPOINT shadow; CREATE SCHEMA {Shadow}; SET LOCAL search_path = {Shadow}", cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var statement in DdlRenderer.Statements(desired))
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }

            return await CatalogReader.ReadAsync(connection, transaction, Shadow, desired.Tables.Select(t => t.Name).ToList(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ExecuteAsync(connection, transaction, "ROLLBACK TO SAVEPOINT shadow", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DatabaseSchema desired, MigrationPlan plan, CancellationToken cancellationToken)
    {
        foreach (var table in desired.Tables)
        {
            if (table.RenamedFrom is { } old)
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM platform_schema_tables WHERE table_name = $1", cancellationToken, old).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, transaction,
                "INSERT INTO platform_schema_tables (table_name, module) VALUES ($1, $2) ON CONFLICT (table_name) DO UPDATE SET module = excluded.module",
                cancellationToken, table.Name, table.Module ?? "").ConfigureAwait(false);
        }

        foreach (var dropped in plan.Steps.Where(s => s.Sql.StartsWith("DROP TABLE ", StringComparison.Ordinal)))
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM platform_schema_tables WHERE table_name = $1", cancellationToken, dropped.Sql["DROP TABLE ".Length..].Trim('"')).ConfigureAwait(false);
        }

        if (plan.Steps.Count > 0)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO platform_migrations (checksum, modules, steps, destructive) VALUES ($1, $2, $3, $4)",
                cancellationToken, plan.Checksum, desired.Tables.Select(t => t.Module ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                string.Join("\n", plan.Steps.Select(s => s.Sql + ";")), plan.DestructiveSteps.Count > 0).ConfigureAwait(false);
        }
    }

    private static async Task<bool> HasRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, string table, CancellationToken cancellationToken)
    {
        // The owner is filtered by row-level security too (FORCE), so it looks with the policy unforced
        // inside a savepoint that is rolled back: the table's settings never change.
        var name = $"{SqlLiterals.Identifier(schema)}.{SqlLiterals.Identifier(table)}";
        await ExecuteAsync(connection, transaction, $"SAVEPOINT count_rows; ALTER TABLE {name} NO FORCE ROW LEVEL SECURITY", cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {name})", connection, transaction);
            return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        finally
        {
            await ExecuteAsync(connection, transaction, "ROLLBACK TO SAVEPOINT count_rows", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<List<string>> QueryStringsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string[] parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
