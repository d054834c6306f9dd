using System.Text.RegularExpressions;
using Platform.Model.Schema;

namespace Platform.Postgres.Migrations;

/// <summary>
/// Compares the desired tables with the live catalog and produces the ordered steps between them.
/// Comparison is exact because both sides are read back from PostgreSQL (the desired tables after
/// being created in a throw-away schema); the statements come from the Model's DDL renderer.
/// </summary>
internal sealed class SchemaDiff
{
    private static readonly Regex QuotedLiteral = new("'((?:[^']|'')*)'", RegexOptions.CultureInvariant);

    private static readonly HashSet<(string From, string To)> Widenings =
    [
        ("integer", "bigint"), ("integer", "numeric"), ("integer", "double precision"), ("bigint", "numeric"),
        ("smallint", "integer"), ("smallint", "bigint"), ("real", "double precision"), ("character varying", "text"),
        ("timestamp without time zone", "timestamp with time zone"),
    ];

    private readonly List<MigrationStep> _renames = [];
    private readonly List<MigrationStep> _creates = [];
    private readonly List<MigrationStep> _columns = [];
    private readonly List<MigrationStep> _dropConstraints = [];
    private readonly List<MigrationStep> _addConstraints = [];
    private readonly List<MigrationStep> _foreignKeys = [];
    private readonly List<MigrationStep> _security = [];
    private readonly List<MigrationStep> _drops = [];
    private readonly List<MigrationStep> _concurrent = [];
    private readonly List<(string Table, string Message)> _refusals = [];

    /// <param name="desired">The desired tables (the Model's objects: statements are rendered from these).</param>
    /// <param name="shadow">The desired tables as PostgreSQL reads them back (canonical expressions).</param>
    /// <param name="live">The live tables as PostgreSQL reads them.</param>
    /// <param name="owned">Tables the desired modules owned before, which may be dropped when no longer desired.</param>
    /// <param name="populated">Tables that may hold rows (a required column without a default cannot be added to them).</param>
    public static (List<MigrationStep> Steps, List<(string Table, string Message)> Refusals) Compare(
        DatabaseSchema desired, IReadOnlyDictionary<string, SqlTable> shadow, IReadOnlyDictionary<string, SqlTable> live, IReadOnlyCollection<string> owned, IReadOnlyCollection<string> populated)
    {
        var diff = new SchemaDiff();
        var renamedAway = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in desired.Tables)
        {
            var current = live.GetValueOrDefault(table.Name);
            if (current is null && table.RenamedFrom is { } old && live.TryGetValue(old, out var previous) && !desired.Tables.Any(t => t.Name == old))
            {
                diff._renames.Add(new($"rename table {old} to {table.Name}", $"ALTER TABLE {Id(old)} RENAME TO {Id(table.Name)}"));
                renamedAway.Add(old);
                current = previous with { Name = table.Name };
            }

            if (current is null)
            {
                diff.CreateTable(table);
            }
            else
            {
                diff.AlterTable(table, shadow[table.Name], current, populated.Contains(current.Name) || (table.RenamedFrom is { } r && populated.Contains(r)));
            }
        }

        foreach (var name in owned.Where(n => live.ContainsKey(n) && !renamedAway.Contains(n) && desired.FindTable(n) is null).Order(StringComparer.Ordinal))
        {
            diff._drops.Add(new($"drop table {name} (no longer declared by its module)", $"DROP TABLE {Id(name)}", Destructive: true));
        }

        return ([.. diff._renames, .. diff._creates, .. diff._columns, .. diff._dropConstraints, .. diff._addConstraints, .. diff._foreignKeys, .. diff._security, .. diff._drops, .. diff._concurrent], diff._refusals);
    }

    private void CreateTable(SqlTable table)
    {
        _creates.Add(new($"create table {table.Name}", DdlRenderer.CreateTable(table)));
        _creates.AddRange(table.Indexes.Select(i => new MigrationStep($"create index {i.Name}", DdlRenderer.CreateIndex(i))));
        _foreignKeys.AddRange(table.ForeignKeys.Select(k => new MigrationStep($"add foreign key {k.Name}", DdlRenderer.AddForeignKey(table.Name, k))));
        AddSecurity(table, rls: true, policy: true, revoke: table.AppendOnly);
    }

    private void AlterTable(SqlTable desired, SqlTable shadow, SqlTable live, bool populated)
    {
        var t = Id(desired.Name);
        var liveColumns = live.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var renamedColumns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in desired.Columns)
        {
            var canonical = shadow.FindColumn(column.Name)!;
            if (!liveColumns.TryGetValue(column.Name, out var current) && column.RenamedFrom is { } old && liveColumns.TryGetValue(old, out var previous) && desired.FindColumn(old) is null)
            {
                _renames.Add(new($"rename column {desired.Name}.{old} to {column.Name}", $"ALTER TABLE {t} RENAME COLUMN {Id(old)} TO {Id(column.Name)}"));
                renamedColumns.Add(old);
                current = previous with { Name = column.Name };
            }

            if (current is null)
            {
                if (!column.Nullable && column.Default is null && populated)
                {
                    _refusals.Add((live.Name, $"Column {desired.Name}.{column.Name} is required and has no default, but the table has rows: give the field a default (it fills the existing rows) or make it optional."));
                    continue;
                }

                _columns.Add(new($"add column {desired.Name}.{column.Name}", DdlRenderer.AddColumn(desired.Name, column)));
                continue;
            }

            AlterColumn(desired.Name, column, canonical, current, populated);
        }

        foreach (var column in live.Columns.Where(c => desired.FindColumn(c.Name) is null && !renamedColumns.Contains(c.Name)))
        {
            _drops.Add(new($"drop column {desired.Name}.{column.Name} (no longer declared)", $"ALTER TABLE {t} DROP COLUMN {Id(column.Name)}", Destructive: true));
        }

        DiffChecks(desired, shadow, live);
        DiffIndexes(desired, shadow, live);
        DiffForeignKeys(desired, shadow, live);
        var policyChanged = shadow.Policy != live.Policy;
        AddSecurity(desired, rls: !live.RowLevelSecurity, policy: policyChanged, revoke: desired.AppendOnly && !live.AppendOnly);
        if (policyChanged && live.Policy is { } old2)
        {
            _security.Insert(0, new($"drop policy {old2.Name}", $"DROP POLICY {Id(old2.Name)} ON {t}"));
        }

        if (!desired.AppendOnly && live.AppendOnly)
        {
            _security.Add(new($"allow updates of {desired.Name}", $"GRANT UPDATE, DELETE ON {t} TO platform_app"));
        }
    }

    private void AlterColumn(string table, SqlColumn desired, SqlColumn canonical, SqlColumn live, bool populated)
    {
        var prefix = $"ALTER TABLE {Id(table)} ALTER COLUMN {Id(desired.Name)}";
        if (canonical.Type != live.Type)
        {
            var widening = Widenings.Contains((live.Type, canonical.Type));
            _columns.Add(new($"change type of {table}.{desired.Name} from {live.Type} to {canonical.Type}{(widening ? " (widening)" : "")}",
                $"{prefix} TYPE {desired.Type} USING {Id(desired.Name)}::{desired.Type}", Destructive: !widening));
        }

        if (canonical.Default != live.Default)
        {
            _columns.Add(desired.Default is null
                ? new($"drop default of {table}.{desired.Name}", $"{prefix} DROP DEFAULT")
                : new($"set default of {table}.{desired.Name}", $"{prefix} SET DEFAULT {desired.Default}"));
        }

        if (canonical.Nullable && !live.Nullable)
        {
            _columns.Add(new($"allow null in {table}.{desired.Name}", $"{prefix} DROP NOT NULL"));
        }
        else if (!canonical.Nullable && live.Nullable)
        {
            if (desired.Default is not null)
            {
                _columns.Add(new($"fill nulls of {table}.{desired.Name} with its default", $"UPDATE {Id(table)} SET {Id(desired.Name)} = {desired.Default} WHERE {Id(desired.Name)} IS NULL"));
            }
            else if (populated)
            {
                _refusals.Add((table, $"Column {table}.{desired.Name} became required but has no default to fill existing rows: give the field a default or keep it optional."));
                return;
            }

            _columns.Add(new($"require {table}.{desired.Name}", $"{prefix} SET NOT NULL"));
        }
    }

    private void DiffChecks(SqlTable desired, SqlTable shadow, SqlTable live)
    {
        foreach (var check in desired.Checks)
        {
            var canonical = shadow.Checks.First(c => c.Name == check.Name);
            var current = live.Checks.FirstOrDefault(c => c.Name == check.Name);
            if (current is not null && current.Expression == canonical.Expression)
            {
                continue;
            }

            if (current is not null)
            {
                // An enum CHECK that loses values can reject rows that hold them: that is a destructive change.
                var removed = Literals(current.Expression).Except(Literals(canonical.Expression)).ToList();
                var narrows = removed.Count > 0 && IsValueList(current.Expression);
                _dropConstraints.Add(new($"replace check {check.Name}{(narrows ? $" (removes {string.Join(", ", removed)})" : "")}",
                    $"ALTER TABLE {Id(desired.Name)} DROP CONSTRAINT {Id(check.Name)}", Destructive: narrows));
            }

            _addConstraints.Add(new($"add check {check.Name}", DdlRenderer.AddCheck(desired.Name, check)));
        }

        foreach (var check in live.Checks.Where(c => desired.Checks.All(d => d.Name != c.Name)))
        {
            _dropConstraints.Add(new($"drop check {check.Name}", $"ALTER TABLE {Id(desired.Name)} DROP CONSTRAINT {Id(check.Name)}"));
        }
    }

    private void DiffIndexes(SqlTable desired, SqlTable shadow, SqlTable live)
    {
        foreach (var index in desired.Indexes)
        {
            var canonical = shadow.Indexes.First(i => i.Name == index.Name);
            var current = live.Indexes.FirstOrDefault(i => i.Name == index.Name);
            if (current is not null && Same(current, canonical))
            {
                continue;
            }

            if (current is not null)
            {
                _dropConstraints.Add(new($"drop changed index {index.Name}", $"DROP INDEX {Id(index.Name)}"));
                _addConstraints.Add(new($"recreate index {index.Name}", DdlRenderer.CreateIndex(index)));
                continue;
            }

            // A new index on an existing table is built without blocking writes; PostgreSQL forbids that inside a transaction.
            _concurrent.Add(new($"create index {index.Name}", DdlRenderer.CreateIndex(index).Replace("INDEX ", "INDEX CONCURRENTLY ", StringComparison.Ordinal), Transactional: false));
        }

        // Indexes named like ours that the manifests no longer declare; an index someone added by hand under another name stays.
        foreach (var index in live.Indexes.Where(i => desired.Indexes.All(d => d.Name != i.Name) && i.Name.StartsWith(desired.Name + "_", StringComparison.Ordinal)))
        {
            _dropConstraints.Add(new($"drop index {index.Name}", $"DROP INDEX {Id(index.Name)}"));
        }
    }

    private void DiffForeignKeys(SqlTable desired, SqlTable shadow, SqlTable live)
    {
        foreach (var key in desired.ForeignKeys)
        {
            var canonical = shadow.ForeignKeys.First(k => k.Name == key.Name);
            var current = live.ForeignKeys.FirstOrDefault(k => k.Name == key.Name);
            if (current == canonical)
            {
                continue;
            }

            if (current is not null)
            {
                _dropConstraints.Add(new($"drop changed foreign key {key.Name}", $"ALTER TABLE {Id(desired.Name)} DROP CONSTRAINT {Id(key.Name)}"));
            }

            _foreignKeys.Add(new($"add foreign key {key.Name}", DdlRenderer.AddForeignKey(desired.Name, key)));
        }

        foreach (var key in live.ForeignKeys.Where(k => desired.ForeignKeys.All(d => d.Name != k.Name)))
        {
            _dropConstraints.Add(new($"drop foreign key {key.Name}", $"ALTER TABLE {Id(desired.Name)} DROP CONSTRAINT {Id(key.Name)}"));
        }
    }

    private void AddSecurity(SqlTable table, bool rls, bool policy, bool revoke)
    {
        if (rls && table.RowLevelSecurity)
        {
            _security.Add(new($"enable and force row-level security on {table.Name}", DdlRenderer.EnableRowLevelSecurity(table.Name)));
        }

        if (policy && table.Policy is { } p)
        {
            _security.Add(new($"create policy {p.Name}", DdlRenderer.CreatePolicy(table.Name, p)));
        }

        if (revoke)
        {
            _security.Add(new($"make {table.Name} append-only", DdlRenderer.RevokeChanges(table.Name)));
        }
    }

    private static bool Same(SqlIndex live, SqlIndex canonical) =>
        live.Unique == canonical.Unique && live.Method == canonical.Method && live.Where == canonical.Where && live.Columns.SequenceEqual(canonical.Columns);

    private static IEnumerable<string> Literals(string expression) => QuotedLiteral.Matches(expression).Select(m => m.Groups[1].Value.Replace("''", "'"));

    private static bool IsValueList(string expression) => expression.Contains("= ANY (ARRAY[", StringComparison.Ordinal) || expression.Contains(" IN (", StringComparison.Ordinal);

    private static string Id(string name) => SqlLiterals.Identifier(name);
}
