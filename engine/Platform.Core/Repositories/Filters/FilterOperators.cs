using Platform.Model.Collections;
using Platform.Model.Definitions;

namespace Platform.Core.Repositories.Filters;

/// <summary>
/// The one table of filter operators: their names in filters and GraphQL, and which field types
/// each applies to. The SQL of each is in Platform.Postgres's <c>SqlFilterCompiler</c>, the
/// in-memory evaluation in <see cref="FilterEvaluator"/>; <c>docs/filter-operators.md</c> describes
/// both, and one test corpus runs through both.
/// </summary>
public static class FilterOperators
{
    private static readonly NameTable<FilterOperator> Names = new(
        (FilterOperator.Eq, "eq"), (FilterOperator.Neq, "neq"), (FilterOperator.Gt, "gt"), (FilterOperator.Gte, "gte"),
        (FilterOperator.Lt, "lt"), (FilterOperator.Lte, "lte"), (FilterOperator.In, "in"), (FilterOperator.Nin, "nin"),
        (FilterOperator.IsNull, "isNull"), (FilterOperator.Contains, "contains"), (FilterOperator.StartsWith, "startsWith"),
        (FilterOperator.EndsWith, "endsWith"), (FilterOperator.IEq, "ieq"), (FilterOperator.IContains, "icontains"),
        (FilterOperator.IStartsWith, "istartsWith"), (FilterOperator.Matches, "matches"), (FilterOperator.ContainsAll, "containsAll"),
        (FilterOperator.ContainsAny, "containsAny"), (FilterOperator.HasKey, "hasKey"), (FilterOperator.Within, "within"),
        (FilterOperator.Intersects, "intersects"));

    /// <summary>The operator's name in filters and GraphQL filter inputs.</summary>
    public static string NameOf(FilterOperator op) => Names.NameOf(op);

    /// <summary>Parses an operator name.</summary>
    public static bool TryParse(string name, out FilterOperator op) => Names.TryParse(name, out op);

    /// <summary>The operators a field of <paramref name="kind"/> supports, in table order.</summary>
    public static IReadOnlyList<FilterOperator> For(FilterFieldKind kind) =>
        Enum.GetValues<FilterOperator>().Where(op => AppliesTo(op, kind)).ToList();

    /// <summary>Whether <paramref name="op"/> applies to a field of <paramref name="kind"/>.</summary>
    public static bool AppliesTo(FilterOperator op, FilterFieldKind kind) => op switch
    {
        FilterOperator.IsNull => true,
        FilterOperator.Eq or FilterOperator.Neq => kind is not (FilterFieldKind.IdList or FilterFieldKind.Json or FilterFieldKind.Geo),
        FilterOperator.In or FilterOperator.Nin => kind is not (FilterFieldKind.Boolean or FilterFieldKind.IdList or FilterFieldKind.Json or FilterFieldKind.Geo),
        FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte => kind is FilterFieldKind.Int or FilterFieldKind.Long or FilterFieldKind.Float or FilterFieldKind.Decimal or FilterFieldKind.DateTime,
        FilterOperator.Contains => kind is FilterFieldKind.String or FilterFieldKind.IdList or FilterFieldKind.Json,
        FilterOperator.StartsWith or FilterOperator.EndsWith or FilterOperator.IEq or FilterOperator.IContains or FilterOperator.IStartsWith or FilterOperator.Matches => kind == FilterFieldKind.String,
        FilterOperator.ContainsAll or FilterOperator.ContainsAny => kind == FilterFieldKind.IdList,
        FilterOperator.HasKey => kind == FilterFieldKind.Json,
        FilterOperator.Within or FilterOperator.Intersects => kind == FilterFieldKind.Geo,
        _ => false,
    };

    /// <summary>The filter kind of a field type (money is filtered through its amount and currency).</summary>
    public static FilterFieldKind KindOf(FieldType type) => type switch
    {
        FieldType.String => FilterFieldKind.String,
        FieldType.Integer => FilterFieldKind.Int,
        FieldType.Number => FilterFieldKind.Float,
        FieldType.Decimal => FilterFieldKind.Decimal,
        FieldType.Boolean => FilterFieldKind.Boolean,
        FieldType.Date => FilterFieldKind.DateTime,
        FieldType.Enum => FilterFieldKind.Enum,
        FieldType.Ref => FilterFieldKind.Id,
        FieldType.RefList => FilterFieldKind.IdList,
        FieldType.Json => FilterFieldKind.Json,
        FieldType.Money => FilterFieldKind.Money,
        _ => FilterFieldKind.Geo,
    };
}
