using Npgsql;

namespace Platform.Postgres.Connections;

/// <summary>
/// A transaction of one organization: the organization is set (transaction-local) together with
/// the first statements, in one round trip; disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
public sealed class TenantTransaction : IAsyncDisposable
{
    private readonly TenantScope _scope;
    private bool _organizationSet;

    internal TenantTransaction(TenantScope scope, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _scope = scope;
        Connection = connection;
        Transaction = transaction;
    }

    /// <summary>The connection.</summary>
    public NpgsqlConnection Connection { get; }

    /// <summary>The transaction.</summary>
    public NpgsqlTransaction Transaction { get; }

    /// <summary>A batch in this transaction; the first one also sets the organization.</summary>
    public NpgsqlBatch CreateBatch()
    {
        if (_organizationSet)
        {
            return new NpgsqlBatch(Connection, Transaction);
        }

        _organizationSet = true;
        return _scope.CreateBatch(Connection, Transaction);
    }

    /// <summary>Whether the next batch starts with the organization's set_config (so readers skip its result).</summary>
    public bool NextBatchSetsOrganization => !_organizationSet;

    /// <summary>Runs statements in the transaction; returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql, IReadOnlyList<object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        await using var batch = CreateBatch();
        batch.BatchCommands.Add(TenantScope.Command(sql, parameters));
        return await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Commits.</summary>
    public Task CommitAsync(CancellationToken cancellationToken = default) => Transaction.CommitAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
