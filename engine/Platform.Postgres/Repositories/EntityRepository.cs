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

    /// <summary>Creates the repository of <paramref name="table"/>'s entity acting for <paramref name="context"/>.</summary>
    public EntityRepository(NpgsqlDataSource app, EntityTable table, RepositoryContext context)
    {
        _app = app;
        _table = table;
        _context = context;
        _scope = new TenantScope(app, context.OrgId);
    }

    /// <inheritdoc />
    public async Task<EntityRecord?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var parameters = new SqlParameters();
        var query = new SqlQuery($"SELECT {_table.SelectList} FROM {SqlLiterals.Identifier(_table.Table)} WHERE id = {parameters.Add(id, NpgsqlDbType.Text)} AND deleted_at IS NULL", parameters);
        var rows = await _scope.QueryAsync(query, _table.Read, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<EntityRecord> FindByIdOrFailAsync(string id, CancellationToken cancellationToken = default) =>
        await FindByIdAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new NotFoundError(_table.Entity.Name, id);

    /// <inheritdoc />
    public async Task<PaginatedResult<EntityRecord>> FindManyAsync(Filter filter, QueryOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new QueryOptions();
        var limit = Math.Clamp(options.Limit, 1, QueryOptions.MaxLimit);
        var bound = FilterBinder.Bind(filter, _table.Entity);
        var sort = SelectCompiler.BindSort(_table.Entity, options.Sort);
        var after = options.After is null ? null : Cursor.Decode(options.After, sort, "after");
        var before = options.Before is null ? null : Cursor.Decode(options.Before, sort, "before");
        var fromEnd = before is not null && after is null;
        var page = SelectCompiler.Page(_table.Table, _table.Columns, _table.Entity, bound, sort, after, before, limit, fromEnd, options.WithDeleted);
        var text = page.Text + (options.Offset is > 0 && after is null && before is null ? $" OFFSET {options.Offset.Value}" : "");

        await using var connection = await _app.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = _scope.CreateBatch(connection);
        batch.BatchCommands.Add(Command(new SqlQuery(text, page.Parameters)));
        if (options.IncludeTotal)
        {
            batch.BatchCommands.Add(Command(SelectCompiler.Count(_table.Table, _table.Entity, bound, options.WithDeleted)));
        }

        var rows = new List<EntityRecord>();
        long? total = null;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(_table.Read(reader));
            }

            if (options.IncludeTotal && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false) && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                total = reader.GetInt64(0);
            }
        }

        var more = rows.Count > limit;
        var items = rows.Take(limit).ToList();
        if (fromEnd)
        {
            items.Reverse();
        }

        string? CursorOf(EntityRecord record) => new Cursor(sort.Select(k => SortValue(record, k)).ToList(), record.Id).Encode(sort);
        return new PaginatedResult<EntityRecord>(items, total, limit, HasNext: fromEnd ? before is not null : more, HasPrevious: fromEnd ? more : after is not null || options.Offset > 0)
        {
            StartCursor = items.Count == 0 ? null : CursorOf(items[0]),
            EndCursor = items.Count == 0 ? null : CursorOf(items[^1]),
        };
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
        return (await _scope.QueryAsync(query, r => r.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];
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

    private static object? SortValue(EntityRecord record, SortKey key) => key.Path switch
    {
        "createdAt" => record.CreatedAt,
        "updatedAt" => record.UpdatedAt,
        _ => record[key.Path] is ValueMap money && money.TryGetValue("amount", out var amount) ? amount : record[key.Path],
    };

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
}
