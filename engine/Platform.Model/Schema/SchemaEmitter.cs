using Platform.Model.Definitions;
using Platform.Model.Naming;

namespace Platform.Model.Schema;

/// <summary>
/// Turns a module's entities into the desired tables (ARCHITECTURE.md § Field types, Security):
/// base columns, a column per field (two for money), CHECKs for enums and currencies, foreign
/// keys inside the module (with the organization, so a row can only point at its own tenant's
/// rows), the indexes the manifest asks for plus the ones references need, and forced row-level
/// security with the organization policy.
/// </summary>
public static class SchemaEmitter
{
    /// <summary>The policy expression every module table is filtered by.</summary>
    public const string OrganizationPredicate = "organization_id = current_setting('app.org_id', true)";

    /// <summary>The policy expression of a tenant-root table (the organizations themselves).</summary>
    public const string TenantRootPredicate = "id = current_setting('app.org_id', true)";

    /// <summary>The desired tables of <paramref name="module"/>, referenced tables first.</summary>
    public static DatabaseSchema Emit(ModuleDefinition module) => new(new(Order(module).Select(e => EmitTable(module, e))));

    /// <summary>The desired tables of several modules, in the order given.</summary>
    public static DatabaseSchema Emit(IEnumerable<ModuleDefinition> modules) =>
        new(new(modules.SelectMany(m => Emit(m).Tables)));

    /// <summary>The desired table of one entity.</summary>
    public static SqlTable EmitTable(ModuleDefinition module, EntityDefinition entity)
    {
        var table = SqlNames.Table(module, entity);
        var columns = new List<SqlColumn>
        {
            new("id", "text", false),
            new("organization_id", "text", false),
            new("created_at", "timestamp with time zone", false, "now()"),
            new("updated_at", "timestamp with time zone", false, "now()"),
            new("deleted_at", "timestamp with time zone", true),
            new("version", "integer", false, "1"),
            new("meta", "jsonb", false, "'{}'::jsonb"),
        };
        if (entity.TenantRoot)
        {
            columns.RemoveAt(1);
        }

        var checks = new List<SqlCheck>();
        foreach (var field in entity.Fields)
        {
            AddField(table, field, columns, checks);
        }

        return new SqlTable(table, new(columns), ["id"])
        {
            Module = module.Id,
            RenamedFrom = entity.RenamedFrom is null ? null : SqlNames.Table(module, entity with { Name = entity.RenamedFrom, Table = null }),
            Checks = new(checks),
            ForeignKeys = new(ForeignKeys(module, entity, table)),
            Indexes = new(Indexes(module, entity, table)),
            RowLevelSecurity = true,
            Policy = entity.TenantRoot
                ? new SqlPolicy($"{table}_tenant_isolation", TenantRootPredicate, TenantRootPredicate)
                : new SqlPolicy($"{table}_organization_isolation", OrganizationPredicate, OrganizationPredicate),
            AppendOnly = entity.AppendOnly,
        };
    }

    private static void AddField(string table, FieldDefinition field, List<SqlColumn> columns, List<SqlCheck> checks)
    {
        var nullable = !field.Required;
        if (field.Type == FieldType.Money)
        {
            var amount = SqlNames.MoneyAmount(field.Key);
            var currency = SqlNames.MoneyCurrency(field.Key);
            var money = field.Default as Values.ValueMap;
            columns.Add(new SqlColumn(amount, "bigint", nullable, money is not null && money.TryGetValue("amount", out var a) ? SqlLiterals.Default(FieldType.Integer, a) : null,
                field.RenamedFrom is null ? null : SqlNames.MoneyAmount(field.RenamedFrom)));
            columns.Add(new SqlColumn(currency, "text", nullable, money is not null && money.TryGetValue("currency", out var c) ? SqlLiterals.Default(FieldType.String, c) : null,
                field.RenamedFrom is null ? null : SqlNames.MoneyCurrency(field.RenamedFrom)));
            checks.Add(new SqlCheck($"{table}_{currency}_check", $"{currency} ~ '^[A-Z]{{3}}$'"));
            checks.Add(new SqlCheck($"{table}_{SqlNames.Column(field.Key)}_pair_check", $"(({amount} IS NULL) = ({currency} IS NULL))"));
            return;
        }

        var column = SqlNames.Column(field.Key);
        columns.Add(new SqlColumn(column, SqlNames.ColumnType(field.Type), nullable, SqlLiterals.Default(field.Type, field.Default),
            field.RenamedFrom is null ? null : SqlNames.Column(field.RenamedFrom)));
        if (field.Type == FieldType.Enum && !field.EnumValues.IsEmpty)
        {
            checks.Add(new SqlCheck($"{table}_{column}_check", $"{SqlLiterals.Identifier(column)} IN ({string.Join(", ", field.EnumValues.Select(SqlLiterals.Quote))})"));
        }
    }

    private static IEnumerable<SqlForeignKey> ForeignKeys(ModuleDefinition module, EntityDefinition entity, string table)
    {
        foreach (var field in entity.Fields.Where(f => f.Type == FieldType.Ref && f.RefField == "id" && IsInModule(module, f)))
        {
            var target = module.FindEntity(ApiNames.RefEntityName(field));
            if (target is null)
            {
                continue;
            }

            // The organization is part of the key, so a row can only point at its own tenant's rows;
            // a tenant root has no organization column (its id is the organization), and neither side may lack it.
            var column = SqlNames.Column(field.Key);
            yield return target.TenantRoot || entity.TenantRoot
                ? new SqlForeignKey($"{table}_{column}_fkey", [column], SqlNames.Table(module, target), ["id"])
                : new SqlForeignKey($"{table}_{column}_fkey", ["organization_id", column], SqlNames.Table(module, target), ["organization_id", "id"]);
        }
    }

    private static List<SqlIndex> Indexes(ModuleDefinition module, EntityDefinition entity, string table)
    {
        var indexes = new List<SqlIndex>();
        void Add(string? name, IReadOnlyList<string> columns, bool unique, IndexMethod method, string? where)
        {
            if (indexes.Any(i => i.Columns.SequenceEqual(columns) && i.Unique == unique && i.Method == method && i.Where == where))
            {
                return;
            }

            indexes.Add(new SqlIndex(name ?? SqlNames.Index(table, columns, unique), table, new(columns), unique, method, where));
        }

        var live = entity.SoftDelete ? "deleted_at IS NULL" : null;
        string[] tenant = entity.TenantRoot ? [] : ["organization_id"];

        // Referenced by foreign keys of the module (organization_id, id), and the default list order.
        if (!entity.TenantRoot)
        {
            Add(null, ["organization_id", "id"], true, IndexMethod.BTree, null);
        }

        foreach (var index in entity.Indexes)
        {
            var columns = index.Fields.SelectMany(key => entity.FindField(key) is { } f ? SqlNames.ColumnsOf(f) : [SqlNames.ColumnForKey(entity, key) ?? SqlNames.Column(key)]).ToList();
            if (index.Method == IndexMethod.BTree && !index.Global && !entity.TenantRoot && (columns.Count == 0 || columns[0] != "organization_id"))
            {
                columns.Insert(0, "organization_id");
            }

            var where = index.Where is null ? null : IndexPredicate.TryTranslate(index.Where, entity, out var sql, out _) ? sql : null;
            if (index.Unique && live is not null)
            {
                where = where is null ? live : $"({where}) AND {live}";
            }

            Add(index.Name, columns, index.Unique, index.Method, where);
        }

        foreach (var field in entity.Fields)
        {
            var columns = SqlNames.ColumnsOf(field);
            if (field.Unique)
            {
                Add(null, [.. tenant, .. columns], true, IndexMethod.BTree, live);
            }

            if (field.Type is FieldType.Json or FieldType.RefList && field.Indexed)
            {
                Add(null, columns, false, IndexMethod.Gin, null);
            }
            else if ((field.Indexed || field.Type == FieldType.Ref) && !indexes.Any(i => i.Columns.Count > tenant.Length && i.Columns.Take(tenant.Length).SequenceEqual(tenant) && i.Columns[tenant.Length] == columns[0]))
            {
                Add(null, [.. tenant, .. columns], false, IndexMethod.BTree, null);
            }
        }

        return indexes;
    }

    private static bool IsInModule(ModuleDefinition module, FieldDefinition field) => ApiNames.RefModule(field) is null || ApiNames.RefModule(field) == module.Id;

    /// <summary>Entities ordered so that a referenced entity of the module comes before the ones referencing it.</summary>
    private static List<EntityDefinition> Order(ModuleDefinition module)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<EntityDefinition>();
        void Visit(EntityDefinition entity)
        {
            if (done.Contains(entity.Name) || !visiting.Add(entity.Name))
            {
                return;
            }

            foreach (var field in entity.Fields.Where(f => f.Type == FieldType.Ref && IsInModule(module, f)))
            {
                if (module.FindEntity(ApiNames.RefEntityName(field)) is { } target)
                {
                    Visit(target);
                }
            }

            done.Add(entity.Name);
            result.Add(entity);
        }

        foreach (var entity in module.Entities)
        {
            Visit(entity);
        }

        return result;
    }
}
