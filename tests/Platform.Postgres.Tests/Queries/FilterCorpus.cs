using Platform.Core.Repositories;
using Platform.Model.Values;
using static Platform.Core.Repositories.FilterOperator;

namespace Platform.Postgres.Tests.Queries;

/// <summary>Rows and filters that SQL and in-memory evaluation must agree on.</summary>
internal static class FilterCorpus
{
    public const string Manifest = """
        name: Thing
        fields:
          name: { type: string, indexed: true }
          qty: { type: integer, indexed: true }
          score: { type: number, indexed: true }
          price: { type: decimal, indexed: true }
          active: { type: boolean, indexed: true }
          due: { type: date, indexed: true }
          status: { type: enum, values: [draft, active, archived], indexed: true }
          parentId: { type: ref, ref: Thing }
          tagIds: { type: "ref[]", ref: Thing }
          data: json
          cost: { type: money, indexed: true }
          place: geo.point
        """;

    private static readonly ValueMap Square = ValueMap.Of(("type", "Polygon"), ("coordinates", new ValueList([new ValueList([P(0, 0), P(10, 0), P(10, 10), P(0, 10), P(0, 0)]), new ValueList([P(4, 4), P(6, 4), P(6, 6), P(4, 6), P(4, 4)])])));

    public static IReadOnlyList<Dictionary<string, object?>> Rows { get; } =
    [
        Row("t01", "Alpha", 1, 1.5, 10.25m, true, "2026-01-10T10:00:00Z", "draft", null, ["t1", "t2"], ValueMap.Of(("color", "red"), ("sizes", new ValueList(["S", "L"]))), Money(150, "EUR"), Point(1, 1)),
        Row("t02", "Beta", 2, 2.5, 5.5m, false, "2026-02-10T10:00:00Z", "active", "t01", ["t2"], new ValueList(["x", "y"]), Money(90, "USD"), Point(5, 5)),
        Row("t03", "école", 3, null, 100m, true, null, "archived", "t01", [], ValueMap.Of(("color", "blue")), null, Point(10, 5)),
        Row("t04", "Straße", null, -1.0, null, null, "2025-12-31T23:59:59Z", null, null, null, null, Money(0, "EUR"), null),
        Row("t05", null, 5, 0.0, 0m, false, "2026-03-01T00:00:00Z", "active", "t02", ["t3"], "x", null, Point(20, 20)),
        Row("t06", "alpha", 2, 3.75, 10.5m, true, "2026-01-10T10:00:00Z", "draft", null, ["t1"], new ValueList([ValueMap.Of(("k", 1))]), Money(101, "CHF"), Point(0, 5)),
        Row("t07", "O'Brien; DROP TABLE", 7, 7.0, 7.77m, false, null, "draft", "t06", ["t9", "t1"], ValueMap.Of(("nested", ValueMap.Of(("a", 1L), ("b", true)))), Money(-5, "GBP"), Point(4.5, 4.5)),
        Row("t08", "Data123", 0, 100.0, 1234.5678m, true, "2027-06-15T12:00:00Z", "archived", null, ["t2", "t3"], ValueMap.Of(("color", "red"), ("n", 2.5)), Money(1000, "EUR"), Point(4, 5)),
    ];

    public static IReadOnlyList<(string Name, Filter Filter)> Filters { get; } =
    [
        ("eq string", F("name", Eq, "Alpha")),
        ("eq string is case-sensitive", F("name", Eq, "ALPHA")),
        ("eq null never matches", F("name", Eq, null)),
        ("neq is null-safe", F("name", Neq, "Alpha")),
        ("in ints", F("qty", In, new object?[] { 1L, 2L })),
        ("in empty list", F("qty", In, Array.Empty<object?>())),
        ("nin keeps nulls", F("qty", Nin, new object?[] { 1L, 7L })),
        ("nin empty list is everything", F("qty", Nin, Array.Empty<object?>())),
        ("isNull true", F("qty", IsNull, true)),
        ("isNull false", F("score", IsNull, false)),
        ("gt int", F("qty", Gt, 2L)),
        ("gte float", F("score", Gte, 2.5)),
        ("lt decimal", F("price", Lt, "10.5")),
        ("lte decimal exact", F("price", Lte, 10.25m)),
        ("gt date", F("due", Gt, "2026-01-10T10:00:00Z")),
        ("eq date", F("due", Eq, "2026-01-10T11:00:00+01:00")),
        ("eq boolean", F("active", Eq, true)),
        ("neq boolean keeps nulls", F("active", Neq, true)),
        ("eq enum", F("status", Eq, "active")),
        ("in enum", F("status", In, new object?[] { "draft", "archived" })),
        ("nin enum keeps nulls", F("status", Nin, new object?[] { "draft" })),
        ("contains substring", F("name", Contains, "lph")),
        ("contains empty string", F("name", Contains, "")),
        ("startsWith", F("name", StartsWith, "Al")),
        ("endsWith", F("name", EndsWith, "ta")),
        ("ieq ascii", F("name", IEq, "ALPHA")),
        ("ieq accented", F("name", IEq, "ÉCOLE")),
        ("icontains", F("name", IContains, "RIEN")),
        ("istartsWith", F("name", IStartsWith, "STR")),
        ("matches anchored", F("name", Matches, "^[A-Z]\\w+a$")),
        ("matches digits", F("name", Matches, "\\d+")),
        ("matches alternation", F("name", Matches, "^(Beta|alpha)$")),
        ("ref eq", F("parentId", Eq, "t01")),
        ("ref isNull", F("parentId", IsNull, true)),
        ("id in", F("id", In, new object?[] { "t01", "t05", "nope" })),
        ("ref[] contains", F("tagIds", Contains, "t1")),
        ("ref[] containsAll", F("tagIds", ContainsAll, new[] { "t1", "t2" })),
        ("ref[] containsAny", F("tagIds", ContainsAny, new[] { "t3", "t9" })),
        ("ref[] containsAll empty", F("tagIds", ContainsAll, Array.Empty<string>())),
        ("ref[] isNull", F("tagIds", IsNull, true)),
        ("json contains object", F("data", Contains, ValueMap.Of(("color", "red")))),
        ("json contains nested array", F("data", Contains, ValueMap.Of(("sizes", new ValueList(["L"]))))),
        ("json contains nested object", F("data", Contains, ValueMap.Of(("nested", ValueMap.Of(("b", true)))))),
        ("json contains array element", F("data", Contains, new ValueList(["x"]))),
        ("json top-level array contains scalar", F("data", Contains, "x")),
        ("json contains array of objects", F("data", Contains, new ValueList([ValueMap.Of(("k", 1L))]))),
        ("json number equality", F("data", Contains, ValueMap.Of(("n", 2.50)))),
        ("json hasKey", F("data", HasKey, "color")),
        ("json hasKey array element", F("data", HasKey, "y")),
        ("money amount gt", F("cost.amount", Gt, 100L)),
        ("money currency eq is exact", F("cost.currency", Eq, "EUR")),
        ("money isNull", F("cost", IsNull, true)),
        ("geo within polygon with hole", F("place", Within, Square)),
        ("geo intersects point", F("place", Intersects, Point(5, 5))),
        ("not keeps rows whose value is missing", new NotFilter(F("name", Eq, "Alpha"))),
        ("not gt with nulls", new NotFilter(F("qty", Gt, 2L))),
        ("not of and", new NotFilter(new AndFilter([F("active", Eq, true), F("qty", Lt, 3L)]))),
        ("or", new OrFilter([F("status", Eq, "archived"), F("score", Lt, 0.0)])),
        ("and or not nested", new AndFilter([new OrFilter([F("name", IStartsWith, "a"), F("name", Contains, "e")]), new NotFilter(F("status", IsNull, true))])),
        ("empty and is true", new AndFilter([])),
        ("empty or is false", new OrFilter([])),
        ("double not", new NotFilter(new NotFilter(F("qty", Gte, 3L)))),
        ("version eq", F("version", Eq, 1L)),
    ];

    private static FieldFilter F(string field, FilterOperator op, object? value) => new(field, op, value);

    private static ValueList P(double x, double y) => new([x, y]);

    private static ValueMap Point(double x, double y) => ValueMap.Of(("type", "Point"), ("coordinates", P(x, y)));

    private static ValueMap Money(long amount, string currency) => ValueMap.Of(("amount", amount), ("currency", currency));

    private static Dictionary<string, object?> Row(string id, string? name, long? qty, double? score, decimal? price, bool? active, string? due, string? status, string? parentId, string[]? tagIds, object? data, ValueMap? cost, ValueMap? place) =>
        new(StringComparer.Ordinal)
        {
            ["id"] = id, ["name"] = name, ["qty"] = qty, ["score"] = score, ["price"] = price, ["active"] = active,
            ["due"] = due is null ? null : DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = status, ["parentId"] = parentId, ["tagIds"] = tagIds, ["data"] = data, ["cost"] = cost, ["place"] = place,
            ["version"] = 1L,
        };
}
