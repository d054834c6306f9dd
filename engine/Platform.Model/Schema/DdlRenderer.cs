using System.Text;
using Platform.Model.Definitions;

namespace Platform.Model.Schema;

/// <summary>
/// Renders schema objects as PostgreSQL DDL. A whole schema renders as tables first, then
/// indexes, then foreign keys (so references may form cycles, a self-reference included), then
/// row-level security; the migration planner uses the single-statement methods.
/// </summary>
public static class DdlRenderer
{
    /// <summary>The statements that create <paramref name="schema"/> from nothing, in order.</summary>
    public static IReadOnlyList<string> Statements(DatabaseSchema schema)
    {
        var statements = new List<string>();
        statements.AddRange(schema.Tables.Select(CreateTable));
        statements.AddRange(schema.Tables.SelectMany(t => t.Indexes).Select(CreateIndex));
        statements.AddRange(schema.Tables.SelectMany(t => t.ForeignKeys.Select(fk => AddForeignKey(t.Name, fk))));
        foreach (var table in schema.Tables.Where(t => t.RowLevelSecurity))
        {
            statements.Add(EnableRowLevelSecurity(table.Name));
            if (table.Policy is { } policy)
            {
                statements.Add(CreatePolicy(table.Name, policy));
            }
        }

        statements.AddRange(schema.Tables.Where(t => t.AppendOnly).Select(t => RevokeChanges(t.Name)));

        return statements;
    }

    /// <summary>The whole script: every statement followed by <c>;</c> and a blank line.</summary>
    public static string Script(DatabaseSchema schema) => string.Concat(Statements(schema).Select(s => s + ";\n\n")).TrimEnd('\n') + "\n";

    /// <summary><c>CREATE TABLE</c> with columns, primary key and checks (foreign keys come separately).</summary>
    public static string CreateTable(SqlTable table)
    {
        var lines = table.Columns.Select(Column).ToList();
        lines.Add($"CONSTRAINT {Id(table.Name + "_pkey")} PRIMARY KEY ({List(table.PrimaryKey)})");
        lines.AddRange(table.Checks.Select(Check));
        var builder = new StringBuilder();
        builder.Append("CREATE TABLE ").Append(Id(table.Name)).Append(" (\n");
        builder.Append(string.Join(",\n", lines.Select(l => "    " + l)));
        builder.Append("\n)");
        return builder.ToString();
    }

    /// <summary>A column definition: <c>name type [NOT NULL] [DEFAULT expr]</c>.</summary>
    public static string Column(SqlColumn column) =>
        $"{Id(column.Name)} {column.Type}{(column.Nullable ? "" : " NOT NULL")}{(column.Default is null ? "" : " DEFAULT " + column.Default)}";

    /// <summary><c>CONSTRAINT name CHECK (expr)</c>.</summary>
    public static string Check(SqlCheck check) => $"CONSTRAINT {Id(check.Name)} CHECK ({check.Expression})";

    /// <summary><c>ALTER TABLE … ADD COLUMN …</c>.</summary>
    public static string AddColumn(string table, SqlColumn column) => $"ALTER TABLE {Id(table)} ADD COLUMN {Column(column)}";

    /// <summary><c>ALTER TABLE … ADD CONSTRAINT … CHECK</c>.</summary>
    public static string AddCheck(string table, SqlCheck check) => $"ALTER TABLE {Id(table)} ADD {Check(check)}";

    /// <summary><c>CREATE [UNIQUE] INDEX name ON table [USING gin] (columns) [WHERE predicate]</c>.</summary>
    public static string CreateIndex(SqlIndex index) =>
        $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX {Id(index.Name)} ON {Id(index.Table)}{(index.Method == IndexMethod.Gin ? " USING gin" : "")} ({List(index.Columns)}){(index.Where is null ? "" : " WHERE " + index.Where)}";

    /// <summary><c>ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY … REFERENCES …</c>.</summary>
    public static string AddForeignKey(string table, SqlForeignKey key) =>
        $"ALTER TABLE {Id(table)} ADD CONSTRAINT {Id(key.Name)} FOREIGN KEY ({List(key.Columns)}) REFERENCES {Id(key.ReferencedTable)} ({List(key.ReferencedColumns)})";

    /// <summary>Enables and forces row-level security (the owner is filtered too).</summary>
    public static string EnableRowLevelSecurity(string table) => $"ALTER TABLE {Id(table)} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY";

    /// <summary><c>CREATE POLICY … USING (…) WITH CHECK (…)</c>.</summary>
    public static string CreatePolicy(string table, SqlPolicy policy) =>
        $"CREATE POLICY {Id(policy.Name)} ON {Id(table)} USING ({policy.Using}) WITH CHECK ({policy.WithCheck})";

    /// <summary>Takes UPDATE, DELETE and TRUNCATE from the application role: an append-only table only grows.</summary>
    public static string RevokeChanges(string table) => $"REVOKE UPDATE, DELETE, TRUNCATE ON {Id(table)} FROM platform_app";

    private static string Id(string name) => SqlLiterals.Identifier(name);

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(Id));
}
