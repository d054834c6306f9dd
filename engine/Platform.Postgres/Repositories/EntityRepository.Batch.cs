using NpgsqlTypes;
using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Schema;
using Platform.Postgres.Queries;

namespace Platform.Postgres.Repositories;

/// <summary>Batched loads for related rows: one statement per relation, however many parents (no N+1).</summary>
public sealed partial class EntityRepository
{
    /// <summary>The live entities with these ids, in one statement (a reference field's targets for a whole page).</summary>
    public Task<IReadOnlyDictionary<string, EntityRecord>> FindByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        FindByIdsAsync(ids, null, cancellationToken);

    /// <summary>The live entities with these ids, in one statement, reading only the columns of <paramref name="fields"/> (keys; null for all).</summary>
    public async Task<IReadOnlyDictionary<string, EntityRecord>> FindByIdsAsync(IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? fields, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, EntityRecord>();
        }

        var projection = Projection(fields, [], []);
        var parameters = new SqlParameters();
        var query = new SqlQuery(
            $"SELECT {projection.SelectList} FROM {SqlLiterals.Identifier(_table.Table)} WHERE id = ANY({parameters.Add(ids.Distinct(StringComparer.Ordinal).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)}) AND deleted_at IS NULL",
            parameters);
        var rows = await ReadAllAsync(query, projection.Read, cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// For each parent id, the first <paramref name="perParent"/> live entities whose reference field
    /// <paramref name="refField"/> points at it (a reverse connection for a whole page), in one statement.
    /// Only the columns of <paramref name="fields"/> (keys; null for all) are read, with the sort's and the reference's.
    /// </summary>
    /// <exception cref="ValidationError"><paramref name="refField"/> is not a reference of this entity, or the sort or filter is invalid.</exception>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityRecord>>> FindByParentsAsync(
        string refField, IReadOnlyCollection<string> parentIds, int perParent, Filter? filter = null, IReadOnlyList<SortSpec>? sort = null, IReadOnlyCollection<string>? fields = null,
        CancellationToken cancellationToken = default)
    {
        var column = ReferenceColumn(refField);
        var result = parentIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => (IReadOnlyList<EntityRecord>)[], StringComparer.Ordinal);
        if (result.Count == 0)
        {
            return result;
        }

        var keys = SelectCompiler.BindSort(_table.Entity, sort ?? []);
        var projection = Projection(fields, keys, [refField]);
        var parameters = new SqlParameters();
        var where = SqlFilterCompiler.Compile(FilterBinder.Bind(filter ?? Filter.All, _table.Entity), _table.Entity, parameters);
        var order = string.Join(", ", keys.Select(k => $"{SqlLiterals.Identifier(k.Column)} {(k.Direction == SortDirection.Asc ? "ASC" : "DESC")} NULLS LAST").Append("id ASC"));
        var text = $"""
            SELECT {projection.SelectList} FROM (
                SELECT *, row_number() OVER (PARTITION BY {column} ORDER BY {order}) AS platform_rank
                FROM {SqlLiterals.Identifier(_table.Table)}
                WHERE {column} = ANY({parameters.Add(result.Keys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)}) AND deleted_at IS NULL AND {where}
            ) ranked WHERE platform_rank <= {parameters.Add((long)perParent, NpgsqlDbType.Bigint)}
            ORDER BY {column}, platform_rank
            """;
        var rows = await ReadAllAsync(new SqlQuery(text, parameters), projection.Read, cancellationToken).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => (string)r[refField]!, StringComparer.Ordinal))
        {
            result[group.Key] = group.ToList();
        }

        return result;
    }

    /// <summary>For each parent id, how many live entities matching <paramref name="filter"/> point at it through <paramref name="refField"/> (a reverse connection's totalCount for a whole page), in one statement.</summary>
    /// <exception cref="ValidationError"><paramref name="refField"/> is not a reference of this entity, or the filter is invalid.</exception>
    public async Task<IReadOnlyDictionary<string, long>> CountByParentsAsync(string refField, IReadOnlyCollection<string> parentIds, Filter? filter = null, CancellationToken cancellationToken = default)
    {
        var column = ReferenceColumn(refField);
        var result = parentIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        if (result.Count == 0)
        {
            return result;
        }

        var parameters = new SqlParameters();
        var where = SqlFilterCompiler.Compile(FilterBinder.Bind(filter ?? Filter.All, _table.Entity), _table.Entity, parameters);
        var text = $"SELECT {column}, count(*) FROM {SqlLiterals.Identifier(_table.Table)} WHERE {column} = ANY({parameters.Add(result.Keys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)}) AND deleted_at IS NULL AND {where} GROUP BY {column}";
        foreach (var (parent, count) in await ReadAllAsync(new SqlQuery(text, parameters), r => (r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false))
        {
            result[parent] = count;
        }

        return result;
    }

    private string ReferenceColumn(string refField) =>
        _table.Entity.FindField(refField)?.Type == FieldType.Ref
            ? SqlLiterals.Identifier(SqlNames.Column(refField))
            : throw new ValidationError(refField, $"{_table.Entity.Name} has no reference field '{refField}'.", "unknownField");
}
