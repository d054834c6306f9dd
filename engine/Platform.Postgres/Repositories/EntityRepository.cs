using Npgsql;
using NpgsqlTypes;
using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Core.Validation;
using Platform.Model.Schema;
using Platform.Model.Values;
using Platform.Postgres.Connections;
using Platform.Postgres.Queries;

namespace Platform.Postgres.Repositories;

/// <summary>
/// The repository of one entity, for one organization (seed 001 § Repository): dynamic rows mapped
/// from the entity definition. Every statement runs under the caller's organization (row-level
/// security), input is validated before any SQL, every write checks and bumps the version and
/// appends its domain event and outbox row in the same statement, and constraint violations come
/// back as <c>CONFLICT</c> or <c>VALIDATION_FAILED</c> naming the field.
/// </summary>
public sealed partial class EntityRepository : IRepository<EntityRecord>
{
    /// <summary>The channel the outbox relay listens on.</summary>
    public const string OutboxChannel = "platform_outbox";

    private readonly EntityTable _table;
    private readonly RepositoryContext _context;
    private readonly TenantScope _scope;
    private readonly NpgsqlDataSource _app;
    private readonly TenantTransaction? _transaction;

    /// <summary>Creates the repository of <paramref name="table"/>'s entity acting for <paramref name="context"/>.</summary>
    public EntityRepository(NpgsqlDataSource app, EntityTable table, RepositoryContext context)
        : this(app, table, context, null)
    {
    }

    private EntityRepository(NpgsqlDataSource app, EntityTable table, RepositoryContext context, TenantTransaction? transaction)
    {
        _app = app;
        _table = table;
        _context = context;
        _scope = new TenantScope(app, context.OrgId);
        _transaction = transaction;
    }

    /// <summary>This repository working inside <paramref name="transaction"/> (from <see cref="TransactionAsync{TResult}"/> of a repository of the same organization).</summary>
    public EntityRepository In(ITransaction transaction) =>
        transaction is TransactionHandle handle && handle.OrgId == _context.OrgId
            ? new EntityRepository(_app, _table, _context, handle.Transaction)
            : throw new ArgumentException("The transaction was not begun by a repository of this organization.", nameof(transaction));

    /// <inheritdoc />
    public async Task<EntityRecord?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var parameters = new SqlParameters();
        var query = new SqlQuery($"SELECT {_table.SelectList} FROM {SqlLiterals.Identifier(_table.Table)} WHERE id = {parameters.Add(id, NpgsqlDbType.Text)} AND deleted_at IS NULL", parameters);
        var rows = await ReadAllAsync(query, _table.Read, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<EntityRecord> FindByIdOrFailAsync(string id, CancellationToken cancellationToken = default) =>
        await FindByIdAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new NotFoundError(_table.Entity.Name, id);

    /// <inheritdoc />
    public async Task<PaginatedResult<EntityRecord>> FindManyAsync(Filter filter, QueryOptions? options = null, CancellationToken cancellationToken = default) =>
        (await FindManyAsync(filter, options ?? new QueryOptions(), [], cancellationToken).ConfigureAwait(false)).Page;

    /// <summary>
    /// A page and, in the same round trip, rows related to its rows: each related read is one more statement
    /// of the batch that selects from the page's own statement, so a list with its references and reverse
    /// connections costs one round trip however many rows.
    /// </summary>
    /// <exception cref="ValidationError">The filter, sort or a cursor is invalid, or a related read names no reference field of its entity.</exception>
    /// <exception cref="ArgumentException">A related repository acts for another organization or reads another entity than its reference's.</exception>
    public async Task<PageWithRelated> FindManyAsync(Filter filter, QueryOptions options, IReadOnlyList<RelatedRows> related, CancellationToken cancellationToken = default)
    {
        var limit = Math.Clamp(options.Limit, 1, QueryOptions.MaxLimit);
        var bound = FilterBinder.Bind(filter, _table.Entity);
        var sort = SelectCompiler.BindSort(_table.Entity, options.Sort);
        var includes = BindIncludes(options.Include);
        var after = options.After is null ? null : Cursor.Decode(options.After, sort, "after");
        var before = options.Before is null ? null : Cursor.Decode(options.Before, sort, "before");
        var fromEnd = options.FromEnd ?? (before is not null && after is null);
        var projection = Projection(options.Fields, sort, options.Include.Concat(related.OfType<ReferencedRows>().Select(r => r.RefField)));
        var page = SelectCompiler.Page(_table.Table, projection.Columns, _table.Entity, bound, sort, after, before, limit, fromEnd, options.WithDeleted);
        var pageQuery = new SqlQuery(page.Text + (options.Offset is > 0 && after is null && before is null ? $" OFFSET {options.Offset.Value}" : ""), page.Parameters);
        var reads = related.Select(r => RelatedQuery(r, pageQuery)).ToList();

        var (batch, setsOrganization, connection) = await OpenBatchAsync(cancellationToken).ConfigureAwait(false);
        await using var lease = new Lease(batch, connection);
        var timed = LimitRegexTime(batch, [bound, .. reads.Select(r => r.Filter)]);
        batch.BatchCommands.Add(Command(pageQuery));
        if (options.IncludeTotal)
        {
            batch.BatchCommands.Add(Command(SelectCompiler.Count(_table.Table, _table.Entity, bound, options.WithDeleted)));
        }

        foreach (var read in reads)
        {
            batch.BatchCommands.Add(Command(read.Query));
        }

        var rows = new List<EntityRecord>();
        long? total = null;
        var relatedRows = new List<List<object>>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var skip = (setsOrganization ? 1 : 0) + (timed ? 1 : 0); skip > 0; skip--)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(projection.Read(reader));
            }

            if (options.IncludeTotal && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false) && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                total = reader.GetInt64(0);
            }

            foreach (var read in reads)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                var found = new List<object>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    found.Add(read.Read(reader));
                }

                relatedRows.Add(found);
            }
        }

        var more = rows.Count > limit;
        var items = await IncludeAsync(rows.Take(limit).ToList(), includes, cancellationToken).ConfigureAwait(false);
        if (fromEnd)
        {
            items.Reverse();
        }

        var cursorOf = CursorOf(sort);
        var result = new PaginatedResult<EntityRecord>(items, total, limit, HasNext: fromEnd ? before is not null : more || before is not null, HasPrevious: fromEnd ? more || after is not null : after is not null || options.Offset > 0)
        {
            StartCursor = items.Count == 0 ? null : cursorOf(items[0]),
            EndCursor = items.Count == 0 ? null : cursorOf(items[^1]),
            CursorOf = cursorOf,
        };
        var byRead = new Dictionary<RelatedRows, object>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < related.Count; i++)
        {
            byRead[related[i]] = related[i] switch
            {
                ReferringRows referring => GroupByParent(items.Select(r => r.Id), relatedRows[i].Cast<EntityRecord>(), referring.RefField),
                ReferringCounts => CountByParent(items.Select(r => r.Id), relatedRows[i].Cast<(string Parent, long Count)>()),
                _ => relatedRows[i].Cast<EntityRecord>().ToDictionary(r => r.Id, StringComparer.Ordinal),
            };
        }

        return new PageWithRelated(result, byRead);
    }

    /// <inheritdoc />
    public async Task<EntityRecord?> FindOneAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var items = (await FindManyAsync(filter, new QueryOptions { Limit = 1, IncludeTotal = false }, cancellationToken).ConfigureAwait(false)).Items;
        return items.Count == 0 ? null : items[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EntityRecord>> FindAllAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var all = new List<EntityRecord>();
        string? after = null;
        while (true)
        {
            var page = await FindManyAsync(filter, new QueryOptions { Limit = QueryOptions.MaxLimit, After = after, IncludeTotal = false }, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            if (!page.HasNext)
            {
                return all;
            }

            after = page.EndCursor;
        }
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var query = SelectCompiler.Count(_table.Table, _table.Entity, FilterBinder.Bind(filter, _table.Entity), withDeleted: false);
        return (await ReadAllAsync(query, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(Filter filter, CancellationToken cancellationToken = default) =>
        await FindOneAsync(filter, cancellationToken).ConfigureAwait(false) is not null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RawAsync(string sql, IReadOnlyList<object?>? parameters = null, CancellationToken cancellationToken = default) =>
        await _scope.QueryAsync(sql, parameters, r =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < r.FieldCount; i++)
            {
                row[r.GetName(i)] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            return (IReadOnlyDictionary<string, object?>)row;
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>The cursor function of lists sorted by <paramref name="sort"/> (for rows read by <see cref="FindByParentsAsync"/> with the same sort).</summary>
    /// <exception cref="ValidationError">A field cannot be sorted on.</exception>
    public Func<EntityRecord, string> CursorOf(IReadOnlyList<SortSpec> sort) => CursorOf(SelectCompiler.BindSort(_table.Entity, sort));

    private static Func<EntityRecord, string> CursorOf(IReadOnlyList<SortKey> sort) =>
        record => new Cursor(sort.Select(k => SortValue(record, k)).ToList(), record.Id).Encode(sort);

    /// <summary>The columns of <paramref name="fields"/> and of the fields the repository itself reads from the rows (sort keys for cursors, references to include).</summary>
    private TableProjection Projection(IReadOnlyCollection<string>? fields, IEnumerable<SortKey> sort, IEnumerable<string> alsoRead) =>
        fields is null
            ? _table.All
            : _table.Project(new HashSet<string>(fields.Concat(sort.Select(k => k.Path).Where(p => p is not ("createdAt" or "updatedAt"))).Concat(alsoRead), StringComparer.Ordinal));

    private static object? SortValue(EntityRecord record, SortKey key) => key.Path switch
    {
        "createdAt" => record.CreatedAt,
        "updatedAt" => record.UpdatedAt,
        _ => record[key.Path] is ValueMap money && money.TryGetValue("amount", out var amount) ? amount : record[key.Path],
    };

    /// <summary>How long a statement with a <c>matches</c> filter may run (regular expressions can be slow on large tables).</summary>
    public static readonly TimeSpan RegexStatementTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Adds a statement timeout for the rest of the batch's transaction when a filter uses <c>matches</c>; true when it did.</summary>
    private static bool LimitRegexTime(NpgsqlBatch batch, params IEnumerable<BoundFilter> filters)
    {
        if (!filters.Any(f => f.Uses(FilterOperator.Matches)))
        {
            return false;
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT set_config('statement_timeout', '{(int)RegexStatementTimeout.TotalMilliseconds}', true)"));
        return true;
    }

    /// <summary>A batch on this repository's transaction, or on a pooled connection; whether its first command sets the organization.</summary>
    private async Task<(NpgsqlBatch Batch, bool SetsOrganization, NpgsqlConnection? Connection)> OpenBatchAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            var sets = _transaction.NextBatchSetsOrganization;
            return (_transaction.CreateBatch(), sets, null);
        }

        var connection = await _app.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (_scope.CreateBatch(connection), true, connection);
    }

    private async Task<List<T>> ReadAllAsync<T>(SqlQuery query, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        var (batch, setsOrganization, connection) = await OpenBatchAsync(cancellationToken).ConfigureAwait(false);
        await using var lease = new Lease(batch, connection);
        batch.BatchCommands.Add(Command(query));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (setsOrganization)
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static NpgsqlBatchCommand Command(SqlQuery query)
    {
        var command = new NpgsqlBatchCommand(query.Text);
        foreach (var parameter in query.Parameters.All)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }

    private ValidationScope Scope(string? id = null) => new(_context.OrgId, _context.ActorId, id);

    /// <summary>Disposes a batch and, when it owns one, its pooled connection.</summary>
    private readonly struct Lease(NpgsqlBatch batch, NpgsqlConnection? connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await batch.DisposeAsync().ConfigureAwait(false);
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
