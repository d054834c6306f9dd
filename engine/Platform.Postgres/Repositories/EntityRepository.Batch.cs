using Npgsql;
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
        var parents = parentIds.Distinct(StringComparer.Ordinal).ToArray();
        if (parents.Length == 0)
        {
            return new Dictionary<string, IReadOnlyList<EntityRecord>>();
        }

        var parameters = new SqlParameters();
        var ids = parameters.Add(parents, NpgsqlDbType.Array | NpgsqlDbType.Text);
        var (query, projection, _) = ByParentsQuery(column, refField, ids, parameters, perParent, filter ?? Filter.All, sort ?? [], fields);
        return GroupByParent(parents, await ReadAllAsync(query, projection.Read, cancellationToken).ConfigureAwait(false), refField);
    }

    /// <summary>
    /// The first <paramref name="perParent"/> rows per parent among the parents of the array expression
    /// <paramref name="parentIds"/> (a parameter, or a sub-select of a page), with <paramref name="parameters"/> holding the ones already used.
    /// Each parent reads its own first rows through the reference's index (top-N per parent, as a lateral
    /// join): a parent with thousands of children costs its page, not its children.
    /// </summary>
    private (SqlQuery Query, TableProjection Projection, BoundFilter Filter) ByParentsQuery(
        string column, string refField, string parentIds, SqlParameters parameters, int perParent, Filter filter, IReadOnlyList<SortSpec> sort, IReadOnlyCollection<string>? fields)
    {
        var keys = SelectCompiler.BindSort(_table.Entity, sort);
        var projection = Projection(fields, keys, [refField]);
        var bound = FilterBinder.Bind(filter, _table.Entity);
        var where = SqlFilterCompiler.Compile(bound, _table.Entity, parameters);
        string Order(string? alias) => string.Join(", ", keys
            .Select(k => $"{alias}{SqlLiterals.Identifier(k.Column)} {(k.Direction == SortDirection.Asc ? "ASC" : "DESC")} NULLS LAST")
            .Append($"{alias}id ASC"));
        var text = $"""
            SELECT {string.Join(", ", projection.Columns.Select(c => "platform_rows." + SqlLiterals.Identifier(c)))}
            FROM unnest({parentIds}) WITH ORDINALITY AS platform_parent(platform_parent_id, platform_ordinal)
            CROSS JOIN LATERAL (
                SELECT {projection.SelectList} FROM {SqlLiterals.Identifier(_table.Table)}
                WHERE {column} = platform_parent.platform_parent_id AND deleted_at IS NULL AND {where}
                ORDER BY {Order(null)} LIMIT {SelectCompiler.Literal(perParent)}
            ) platform_rows
            ORDER BY platform_parent.platform_ordinal, {Order("platform_rows.")}
            """;
        return (new SqlQuery(text, parameters), projection, bound);
    }

    /// <summary>The statement of a related read that selects from <paramref name="page"/>'s rows (its text and parameters come first) and how to read its rows.</summary>
    private (SqlQuery Query, Func<NpgsqlDataReader, object> Read, BoundFilter Filter) RelatedQuery(RelatedRows related, SqlQuery page)
    {
        var other = related.Repository;
        if (other._context.OrgId != _context.OrgId)
        {
            throw new ArgumentException($"A related read acts for organization '{other._context.OrgId}', the page for '{_context.OrgId}'.", nameof(related));
        }

        var parameters = SqlParameters.CopyOf(page.Parameters);
        if (related is ReferencedRows)
        {
            var reference = ReferenceColumn(related.RefField);
            RequireTarget(_table, _table.Entity.FindField(related.RefField)!, other._table);
            var projection = other.Projection(related.Fields, [], []);
            var text = $"SELECT {projection.SelectList} FROM {SqlLiterals.Identifier(other._table.Table)} WHERE id = ANY(ARRAY(SELECT {reference} FROM ({page.Text}) platform_page)) AND deleted_at IS NULL";
            return (new SqlQuery(text, parameters), projection.Read, new BoundAnd([]));
        }

        // Rows of the other entity that point at the page's rows: its first rows per parent, or their counts.
        var column = other.ReferenceColumn(related.RefField);
        RequireTarget(other._table, other._table.Entity.FindField(related.RefField)!, _table);
        var pageIds = $"ARRAY(SELECT id FROM ({page.Text}) platform_page)";
        if (related is ReferringRows referring)
        {
            var (query, projection, bound) = other.ByParentsQuery(column, referring.RefField, pageIds, parameters, referring.PerParent, referring.Filter, referring.Sort, referring.Fields);
            return (query, projection.Read, bound);
        }

        var (countQuery, countBound) = other.CountByParentsQuery(column, pageIds, parameters, ((ReferringCounts)related).Filter);
        return (countQuery, r => ReadCount(r), countBound);
    }

    private static void RequireTarget(EntityTable holder, FieldDefinition reference, EntityTable target)
    {
        if (ApiNames.RefEntityName(reference) != target.Entity.Name || (ApiNames.RefModule(reference) ?? holder.Module.Id) != target.Module.Id)
        {
            throw new ArgumentException($"{holder.Entity.Name}.{reference.Key} references {ApiNames.RefEntityName(reference)}, not {target.Module.Id}.{target.Entity.Name}.", nameof(target));
        }
    }

    /// <summary>The rows grouped by the parent their reference points at, every parent present.</summary>
    private static Dictionary<string, IReadOnlyList<EntityRecord>> GroupByParent(IEnumerable<string> parents, IEnumerable<EntityRecord> rows, string refField)
    {
        var result = parents.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => (IReadOnlyList<EntityRecord>)[], StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => (string)r[refField]!, StringComparer.Ordinal))
        {
            if (result.ContainsKey(group.Key))
            {
                result[group.Key] = group.ToList();
            }
        }

        return result;
    }

    /// <summary>For each parent id, how many live entities matching <paramref name="filter"/> point at it through <paramref name="refField"/> (a reverse connection's totalCount for a whole page), in one statement.</summary>
    /// <exception cref="ValidationError"><paramref name="refField"/> is not a reference of this entity, or the filter is invalid.</exception>
    public async Task<IReadOnlyDictionary<string, long>> CountByParentsAsync(string refField, IReadOnlyCollection<string> parentIds, Filter? filter = null, CancellationToken cancellationToken = default)
    {
        var column = ReferenceColumn(refField);
        var parents = parentIds.Distinct(StringComparer.Ordinal).ToArray();
        if (parents.Length == 0)
        {
            return new Dictionary<string, long>();
        }

        var parameters = new SqlParameters();
        var ids = parameters.Add(parents, NpgsqlDbType.Array | NpgsqlDbType.Text);
        var (query, _) = CountByParentsQuery(column, ids, parameters, filter ?? Filter.All);
        return CountByParent(parents, await ReadAllAsync(query, ReadCount, cancellationToken).ConfigureAwait(false));
    }

    private (SqlQuery Query, BoundFilter Filter) CountByParentsQuery(string column, string parentIds, SqlParameters parameters, Filter filter)
    {
        var bound = FilterBinder.Bind(filter, _table.Entity);
        var where = SqlFilterCompiler.Compile(bound, _table.Entity, parameters);
        return (new SqlQuery($"SELECT {column}, count(*) FROM {SqlLiterals.Identifier(_table.Table)} WHERE {column} = ANY({parentIds}) AND deleted_at IS NULL AND {where} GROUP BY {column}", parameters), bound);
    }

    private static (string Parent, long Count) ReadCount(NpgsqlDataReader reader) => (reader.GetString(0), reader.GetInt64(1));

    /// <summary>The counts by parent, every parent present.</summary>
    private static Dictionary<string, long> CountByParent(IEnumerable<string> parents, IEnumerable<(string Parent, long Count)> counts)
    {
        var result = parents.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        foreach (var (parent, count) in counts)
        {
            if (result.ContainsKey(parent))
            {
                result[parent] = count;
            }
        }

        return result;
    }

    private string ReferenceColumn(string refField) =>
        _table.Entity.FindField(refField)?.Type == FieldType.Ref
            ? SqlLiterals.Identifier(SqlNames.Column(refField))
            : throw new ValidationError(refField, $"{_table.Entity.Name} has no reference field '{refField}'.", "unknownField");
}
