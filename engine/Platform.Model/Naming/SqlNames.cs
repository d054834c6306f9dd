using Platform.Model.Definitions;

namespace Platform.Model.Naming;

/// <summary>How manifests name things in PostgreSQL: tables, columns, indexes and constraints.</summary>
public static class SqlNames
{
    /// <summary>The base columns every module table has, in table order.</summary>
    public static IReadOnlyList<string> BaseColumns { get; } = ["id", "organization_id", "created_at", "updated_at", "deleted_at", "version", "meta"];

    /// <summary>The manifest keys of the base fields, which indexes and filters may name.</summary>
    public static IReadOnlyList<string> BaseFieldKeys { get; } = ["id", "organizationId", "createdAt", "updatedAt", "deletedAt", "version", "meta"];

    /// <summary>The table of <paramref name="entity"/> in <paramref name="module"/>: explicit, or prefix + plural snake name (<c>cat_price_lists</c>).</summary>
    public static string Table(ModuleDefinition module, EntityDefinition entity) =>
        entity.Table ?? TablePrefix(module) + Names.Pluralize(Names.ToSnakeCase(entity.Name));

    /// <summary>The module's table prefix: explicit, or <c>{id}_</c>.</summary>
    public static string TablePrefix(ModuleDefinition module) => module.TablePrefix ?? module.Id + "_";

    /// <summary>The column of a field key (snake_case); money fields have two, see <see cref="ColumnsOf"/>.</summary>
    public static string Column(string key) => Names.ToSnakeCase(key);

    /// <summary>The columns a field occupies: one, or <c>{key}_amount</c> and <c>{key}_currency</c> for money.</summary>
    public static IReadOnlyList<string> ColumnsOf(FieldDefinition field) =>
        field.Type == FieldType.Money ? [MoneyAmount(field.Key), MoneyCurrency(field.Key)] : [Column(field.Key)];

    /// <summary>The amount column of a money field.</summary>
    public static string MoneyAmount(string key) => Column(key) + "_amount";

    /// <summary>The currency column of a money field.</summary>
    public static string MoneyCurrency(string key) => Column(key) + "_currency";

    /// <summary>The column a field key or base field key maps to when it is sorted, filtered or indexed on (money: its amount).</summary>
    public static string? ColumnForKey(EntityDefinition entity, string key)
    {
        var baseIndex = IndexOf(BaseFieldKeys, key);
        if (baseIndex >= 0)
        {
            return BaseColumns[baseIndex];
        }

        var field = entity.FindField(key);
        return field is null ? null : field.Type == FieldType.Money ? MoneyAmount(key) : Column(key);
    }

    /// <summary>An index name: <c>{table}_{columns}_idx</c> (or <c>_key</c> when unique).</summary>
    public static string Index(string table, IEnumerable<string> columns, bool unique) => $"{table}_{string.Join("_", columns)}_{(unique ? "key" : "idx")}";

    /// <summary>The SQL type of a single-column field (money's columns are <c>bigint</c> and <c>text</c>).</summary>
    public static string ColumnType(FieldType type) => type switch
    {
        FieldType.String or FieldType.Enum or FieldType.Ref => "text",
        FieldType.Integer => "integer",
        FieldType.Number => "double precision",
        FieldType.Decimal => "numeric",
        FieldType.Boolean => "boolean",
        FieldType.Date => "timestamp with time zone",
        FieldType.RefList => "text[]",
        FieldType.Money => "bigint",
        _ => "jsonb",
    };

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
