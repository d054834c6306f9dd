namespace Platform.Postgres.Migrations;

/// <summary>One SQL statement of a migration plan.</summary>
/// <param name="Description">What it does, for people: <c>add column cat_items.published_at</c>.</param>
/// <param name="Sql">The statement.</param>
/// <param name="Destructive">Whether it can lose data (drop a table or column, narrow a type, remove an enum value); applied only when allowed.</param>
/// <param name="Transactional">Whether it runs inside the plan's transaction (false for <c>CREATE INDEX CONCURRENTLY</c>).</param>
public sealed record MigrationStep(string Description, string Sql, bool Destructive = false, bool Transactional = true)
{
    /// <summary>The step as one line: <c>[destructive] drop column … : ALTER TABLE …</c>.</summary>
    public override string ToString() => $"{(Destructive ? "[destructive] " : "")}{Description}: {Sql}";
}
