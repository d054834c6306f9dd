using System.Globalization;
using Platform.Model.Definitions;
using Platform.Model.Values;

namespace Platform.Model.Schema;

/// <summary>Renders manifest values as SQL literals (never from user input: manifests only).</summary>
public static class SqlLiterals
{
    /// <summary>A quoted string literal: <c>'it''s'</c>.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>A double-quoted identifier when it needs quoting, else the bare name.</summary>
    public static string Identifier(string name) =>
        Naming.Names.IsSqlName(name) && !Reserved.Contains(name) ? name : "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>The DEFAULT expression of a single-column field with default <paramref name="value"/>, or null when it has none.</summary>
    public static string? Default(FieldType type, object? value) => value switch
    {
        null => null,
        _ when type is FieldType.Json or FieldType.GeoPoint or FieldType.GeoPolygon or FieldType.GeoLineString => Quote(Json(value)) + "::jsonb",
        _ when type == FieldType.RefList && value is ValueList list => Quote("{" + string.Join(",", list.Select(v => "\"" + Convert.ToString(v, CultureInfo.InvariantCulture) + "\"")) + "}") + "::text[]",
        bool b => b ? "true" : "false",
        long or double or decimal when type == FieldType.Decimal => Convert.ToString(value, CultureInfo.InvariantCulture) + "::numeric",
        long or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        string s when type == FieldType.Date => string.Equals(s, "now", StringComparison.OrdinalIgnoreCase) ? "now()" : Quote(s) + "::timestamp with time zone",
        string s when type == FieldType.Decimal => Quote(s) + "::numeric",
        string s => Quote(s),
        _ => null,
    };

    /// <summary>Compact JSON of a plain value.</summary>
    public static string Json(object? value) => Reading.PlainJson.WriteCompact(value);

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column",
        "constraint", "create", "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable",
        "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only",
        "or", "order", "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric", "table", "then", "to",
        "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where", "window", "with", "authorization", "binary",
        "collation", "concurrently", "cross", "freeze", "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull",
        "outer", "overlaps", "right", "similar", "tablesample", "verbose",
    };
}
