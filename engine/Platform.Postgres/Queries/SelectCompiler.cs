using System.Text;
using NpgsqlTypes;
using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Schema;
using Platform.Model.Sdl;

namespace Platform.Postgres.Queries;

/// <summary>
/// Compiles a list request — filter, sort, keyset page — to one parameterized statement. Rows are
/// ordered by the sort keys (missing values last in either direction) then by id; pages continue
/// strictly after (or before) a cursor, so rows neither repeat nor go missing while the list changes.
/// </summary>
public static class SelectCompiler
{
    /// <summary>Checks a sort against the entity: only indexed, unique or indexed-by-manifest fields of ordered types, plus id and the timestamps.</summary>
    /// <exception cref="ValidationError">A field cannot be sorted on.</exception>
    public static IReadOnlyList<SortKey> BindSort(EntityDefinition entity, IReadOnlyList<SortSpec> sort)
    {
        var sortable = SdlEmitter.SortableFields(entity).ToDictionary(f => f.Key, StringComparer.Ordinal);
        var failures = new List<ValidationFailure>();
        var keys = new List<SortKey>();
        foreach (var spec in sort)
        {
            if (spec.Field == "id")
            {
                continue; // always the tie-breaker
            }

            if (spec.Field is "createdAt" or "updatedAt")
            {
                keys.Add(new SortKey(spec.Field, SqlNames.ColumnForKey(entity, spec.Field)!, FilterFieldKind.DateTime, spec.Direction));
            }
            else if (sortable.TryGetValue(spec.Field, out var field))
            {
                var kind = field.Type == FieldType.Money ? FilterFieldKind.Long : FilterOperators.KindOf(field.Type);
                keys.Add(new SortKey(spec.Field, SqlNames.ColumnForKey(entity, spec.Field)!, kind, spec.Direction));
            }
            else
            {
                failures.Add(new ValidationFailure($"order.{spec.Field}",
                    $"{entity.Name} cannot be sorted on '{spec.Field}'; sort on id, createdAt, updatedAt{string.Concat(sortable.Keys.Select(k => ", " + k))} (fields need an index to be sorted on).", "unsortable"));
            }
        }

        return failures.Count > 0 ? throw new ValidationError(failures) : keys;
    }

    /// <summary>The SELECT of one page.</summary>
    /// <param name="table">The entity's table.</param>
    /// <param name="columns">The columns to read (names from the schema).</param>
    /// <param name="entity">The entity.</param>
    /// <param name="filter">The bound filter (deleted rows are excluded unless <paramref name="withDeleted"/>).</param>
    /// <param name="sort">The bound sort keys.</param>
    /// <param name="after">Continue after this row, or null.</param>
    /// <param name="before">End before this row, or null.</param>
    /// <param name="limit">Rows to return; one more is read to know whether there is a next page.</param>
    /// <param name="fromEnd">Take the last rows (GraphQL <c>last</c>): the order is reversed in SQL and restored by the caller.</param>
    /// <param name="withDeleted">Whether soft-deleted rows are included.</param>
    public static SqlQuery Page(string table, IReadOnlyList<string> columns, EntityDefinition entity, BoundFilter filter, IReadOnlyList<SortKey> sort,
        Cursor? after, Cursor? before, int limit, bool fromEnd, bool withDeleted)
    {
        var parameters = new SqlParameters();
        var conditions = new List<string> { SqlFilterCompiler.Compile(filter, entity, parameters) };
        if (!withDeleted)
        {
            conditions.Add("deleted_at IS NULL");
        }

        if (after is not null)
        {
            conditions.Add(Keyset(sort, after, reversed: false, parameters));
        }

        if (before is not null)
        {
            conditions.Add(Keyset(sort, before, reversed: true, parameters));
        }

        var text = new StringBuilder("SELECT ")
            .Append(string.Join(", ", columns.Select(SqlLiterals.Identifier)))
            .Append(" FROM ").Append(SqlLiterals.Identifier(table))
            .Append(" WHERE ").Append(string.Join(" AND ", conditions))
            .Append(" ORDER BY ").Append(OrderBy(sort, fromEnd))
            .Append(" LIMIT ").Append(Literal(limit + 1));
        return new SqlQuery(text.ToString(), parameters);
    }

    /// <summary>The count of the rows a filter matches (the connection's totalCount).</summary>
    public static SqlQuery Count(string table, EntityDefinition entity, BoundFilter filter, bool withDeleted)
    {
        var parameters = new SqlParameters();
        var where = SqlFilterCompiler.Compile(filter, entity, parameters) + (withDeleted ? "" : " AND deleted_at IS NULL");
        return new SqlQuery($"SELECT count(*) FROM {SqlLiterals.Identifier(table)} WHERE {where}", parameters);
    }

    /// <summary>
    /// A row count as a literal, never a parameter: a prepared statement with <c>LIMIT $n</c> gets a generic
    /// plan costed for a tenth of the table, so PostgreSQL keeps planning it afresh on every execution
    /// (measured: half the throughput of a 50-row page). Counts are bounded integers, so the statements
    /// vary by a few texts at most.
    /// </summary>
    public static string Literal(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string OrderBy(IReadOnlyList<SortKey> sort, bool reversed) =>
        string.Join(", ", sort.Select(k => $"{SqlLiterals.Identifier(k.Column)} {(Ascending(k, reversed) ? "ASC" : "DESC")} {(reversed ? "NULLS FIRST" : "NULLS LAST")}")
            .Append($"id {(reversed ? "DESC" : "ASC")}"));

    private static bool Ascending(SortKey key, bool reversed) => (key.Direction == SortDirection.Asc) != reversed;

    /// <summary>Rows strictly after the cursor in the list's order (or strictly before it, when <paramref name="reversed"/>).</summary>
    private static string Keyset(IReadOnlyList<SortKey> sort, Cursor cursor, bool reversed, SqlParameters parameters)
    {
        var alternatives = new List<string>();
        var equalPrefix = new List<string>();
        for (var i = 0; i < sort.Count; i++)
        {
            var key = sort[i];
            var column = SqlLiterals.Identifier(key.Column);
            var value = cursor.Values[i];
            var after = value is null
                ? (reversed ? $"{column} IS NOT NULL" : null) // missing values sort last: nothing is after them, everything else is before
                : $"({column} {(Ascending(key, reversed) ? ">" : "<")} {Parameter(key, value, parameters)}{(reversed ? "" : $" OR {column} IS NULL")})";
            if (after is not null)
            {
                alternatives.Add(string.Join(" AND ", equalPrefix.Append(after)));
            }

            equalPrefix.Add(value is null ? $"{column} IS NULL" : $"{column} = {Parameter(key, value, parameters)}");
        }

        alternatives.Add(string.Join(" AND ", equalPrefix.Append($"id {(reversed ? "<" : ">")} {parameters.Add(cursor.Id, NpgsqlDbType.Text)}")));
        return "(" + string.Join(" OR ", alternatives.Select(a => "(" + a + ")")) + ")";
    }

    private static string Parameter(SortKey key, object value, SqlParameters parameters) => parameters.Add(value, SqlFilterCompiler.TypeOf(key.Kind));
}
