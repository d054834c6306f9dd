using NpgsqlTypes;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Core.Rules;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Schema;
using Platform.Model.Values;

namespace Platform.Postgres.Queries;

/// <summary>
/// Compiles a bound filter to a SQL predicate (docs/filter-operators.md gives each operator's SQL).
/// Columns come only from the entity definition and values only as parameters. Every condition is
/// two-valued under NOT (a missing value makes a condition false, never unknown), as in memory.
/// </summary>
public static class SqlFilterCompiler
{
    /// <summary>The ICU root collation: case folding that does not depend on the server's locale.</summary>
    public const string FoldCollation = "\"und-x-icu\"";

    /// <summary>The predicate of <paramref name="filter"/> over <paramref name="entity"/>'s table (columns unqualified, or prefixed with <paramref name="alias"/>).</summary>
    public static string Compile(BoundFilter filter, EntityDefinition entity, SqlParameters parameters, string? alias = null) => filter switch
    {
        BoundAnd { Filters.Count: 0 } => "true",
        BoundOr { Filters.Count: 0 } => "false",
        BoundAnd and => "(" + string.Join(" AND ", and.Filters.Select(f => Compile(f, entity, parameters, alias))) + ")",
        BoundOr or => "(" + string.Join(" OR ", or.Filters.Select(f => Compile(f, entity, parameters, alias))) + ")",
        BoundNot not => $"(NOT coalesce({Compile(not.Inner, entity, parameters, alias)}, false))",
        BoundCondition condition => Condition(condition, Column(entity, condition, alias), parameters),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    /// <summary>The column a condition reads, from the schema only.</summary>
    private static string Column(EntityDefinition entity, BoundCondition condition, string? alias)
    {
        var dot = condition.Path.IndexOf('.', StringComparison.Ordinal);
        var column = dot < 0
            ? SqlNames.ColumnForKey(entity, condition.Path)
            : condition.Path[(dot + 1)..] == "amount" ? SqlNames.MoneyAmount(condition.Path[..dot]) : SqlNames.MoneyCurrency(condition.Path[..dot]);
        if (column is null)
        {
            throw new ArgumentException($"{entity.Name} has no column for '{condition.Path}'.", nameof(condition));
        }

        return (alias is null ? "" : alias + ".") + SqlLiterals.Identifier(column);
    }

    private static string Condition(BoundCondition c, string column, SqlParameters p)
    {
        string Value() => p.Add(c.Value, TypeOf(c.Kind));
        string Text() => p.Add(c.Value, NpgsqlDbType.Text);
        switch (c.Op)
        {
            case FilterOperator.IsNull:
                return (bool)c.Value! ? $"{column} IS NULL" : $"{column} IS NOT NULL";
            case FilterOperator.Eq:
                return c.Value is null ? "false" : $"{column} = {Value()}";
            case FilterOperator.Neq:
                return $"{column} IS DISTINCT FROM {Value()}";
            case FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte:
                var op = c.Op switch { FilterOperator.Gt => ">", FilterOperator.Gte => ">=", FilterOperator.Lt => "<", _ => "<=" };
                return c.Value is null ? "false" : $"{column} {op} {Value()}";
            case FilterOperator.In:
                return $"{column} = ANY({p.Add(Array(c), NpgsqlDbType.Array | TypeOf(c.Kind))})";
            case FilterOperator.Nin:
                return $"({column} IS NULL OR NOT ({column} = ANY({p.Add(Array(c), NpgsqlDbType.Array | TypeOf(c.Kind))})))";
            case FilterOperator.Contains when c.Kind == FilterFieldKind.String:
                return $"strpos({column}, {Text()}) > 0";
            case FilterOperator.Contains when c.Kind == FilterFieldKind.IdList:
                return $"{Text()} = ANY({column})";
            case FilterOperator.Contains:
                return $"{column} @> {p.Add(SqlLiterals.Json(c.Value), NpgsqlDbType.Jsonb)}";
            case FilterOperator.StartsWith:
                return $"starts_with({column}, {Text()})";
            case FilterOperator.EndsWith:
                var suffix = Text();
                return $"right({column}, char_length({suffix})) = {suffix}";
            case FilterOperator.IEq:
                return $"lower({column} COLLATE {FoldCollation}) = lower({Text()} COLLATE {FoldCollation})";
            case FilterOperator.IContains:
                return $"strpos(lower({column} COLLATE {FoldCollation}), lower({Text()} COLLATE {FoldCollation})) > 0";
            case FilterOperator.IStartsWith:
                return $"starts_with(lower({column} COLLATE {FoldCollation}), lower({Text()} COLLATE {FoldCollation}))";
            case FilterOperator.Matches:
                return $"{column} ~ {Text()}";
            case FilterOperator.ContainsAll:
                return $"{column} @> {p.Add(c.Value, NpgsqlDbType.Array | NpgsqlDbType.Text)}";
            case FilterOperator.ContainsAny:
                return $"{column} && {p.Add(c.Value, NpgsqlDbType.Array | NpgsqlDbType.Text)}";
            case FilterOperator.HasKey:
                return $"{column} ? {Text()}";
            case FilterOperator.Within:
                return $"platform_geo_contains({Rings(c.Value, p)}, {column}->'coordinates')";
            case FilterOperator.Intersects:
                return GeoShapes.TryReadPolygon(c.Value, out _)
                    ? $"platform_geo_contains({Rings(c.Value, p)}, {column}->'coordinates')"
                    : $"({column}->'coordinates') = {PointJson(c.Value, p)}";
            default:
                throw new ArgumentException($"No SQL for operator {c.Op}.", nameof(c));
        }
    }

    private static object Array(BoundCondition c)
    {
        var items = ((object?[])c.Value!).Where(v => v is not null).ToArray();
        return c.Kind switch
        {
            FilterFieldKind.Int or FilterFieldKind.Long => items.Cast<long>().ToArray(),
            FilterFieldKind.Float => items.Cast<double>().ToArray(),
            FilterFieldKind.Decimal => items.Cast<decimal>().ToArray(),
            FilterFieldKind.DateTime => items.Cast<DateTimeOffset>().ToArray(),
            _ => items.Cast<string>().ToArray(),
        };
    }

    private static string Rings(object? polygon, SqlParameters p)
    {
        GeoShapes.TryReadPolygon(polygon, out var rings);
        var json = new ValueList(rings.Select(ring => new ValueList(ring.Select(pt => new ValueList([pt.X, pt.Y])))));
        return p.Add(SqlLiterals.Json(json), NpgsqlDbType.Jsonb);
    }

    private static string PointJson(object? point, SqlParameters p)
    {
        GeoShapes.TryReadPoint(point, out var pt);
        return p.Add(SqlLiterals.Json(new ValueList([pt.X, pt.Y])), NpgsqlDbType.Jsonb);
    }

    /// <summary>The parameter type of a value of <paramref name="kind"/>.</summary>
    internal static NpgsqlDbType TypeOf(FilterFieldKind kind) => kind switch
    {
        FilterFieldKind.Int or FilterFieldKind.Long => NpgsqlDbType.Bigint,
        FilterFieldKind.Float => NpgsqlDbType.Double,
        FilterFieldKind.Decimal => NpgsqlDbType.Numeric,
        FilterFieldKind.Boolean => NpgsqlDbType.Boolean,
        FilterFieldKind.DateTime => NpgsqlDbType.TimestampTz,
        _ => NpgsqlDbType.Text,
    };
}
