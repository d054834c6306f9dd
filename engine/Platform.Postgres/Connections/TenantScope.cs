using Npgsql;

namespace Platform.Postgres.Connections;

/// <summary>
/// Runs SQL for one organization. Every batch starts with
/// <c>set_config('app.org_id', $1, true)</c> in the same round trip as the statements, so the row
/// level security policies see the organization, and the setting ends with the batch's (or the
/// scope's) transaction: a pooled connection never carries one request's organization into the next.
/// </summary>
/// <remarks>Never a session-level <c>SET</c>. Npgsql sends a batch with one Sync, so its statements share one implicit transaction.</remarks>
public sealed class TenantScope
{
    /// <summary>The setting the row-level security policies read.</summary>
    public const string OrgSetting = "app.org_id";

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates a scope over <paramref name="dataSource"/> (the app role's) for <paramref name="orgId"/>.</summary>
    public TenantScope(NpgsqlDataSource dataSource, string orgId)
    {
        ArgumentException.ThrowIfNullOrEmpty(orgId);
        _dataSource = dataSource;
        OrgId = orgId;
    }

    /// <summary>The organization.</summary>
    public string OrgId { get; }

    /// <summary>Builds a batch on <paramref name="connection"/> whose first command sets the organization.</summary>
    public NpgsqlBatch CreateBatch(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT set_config('{OrgSetting}', $1, true)") { Parameters = { new() { Value = OrgId } } });
        return batch;
    }

    /// <summary>Runs one statement in its own implicit transaction; returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql, IReadOnlyList<object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = CreateBatch(connection);
        batch.BatchCommands.Add(Command(sql, parameters));
        return await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one query and maps each row with <paramref name="map"/>.</summary>
    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, IReadOnlyList<object?>? parameters, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken = default)
    {
        var typed = new Queries.SqlParameters();
        foreach (var parameter in parameters ?? [])
        {
            typed.Add(parameter);
        }

        return QueryAsync(new Queries.SqlQuery(sql, typed), map, cancellationToken);
    }

    /// <summary>Runs one compiled query (typed parameters) and maps each row with <paramref name="map"/>.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(Queries.SqlQuery query, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = CreateBatch(connection);
        var command = new NpgsqlBatchCommand(query.Text);
        foreach (var parameter in query.Parameters.All)
        {
            command.Parameters.Add(parameter.Clone());
        }

        batch.BatchCommands.Add(command);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false); // past set_config's row
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Opens a transaction for the organization; its first batch sets the organization (see <see cref="TenantTransaction"/>).</summary>
    public async Task<TenantTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new TenantTransaction(this, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A positional-parameter command (<c>$1, $2…</c>).</summary>
    public static NpgsqlBatchCommand Command(string sql, IReadOnlyList<object?>? parameters = null)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters ?? [])
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
        }

        return command;
    }
}
