namespace Platform.Model.Schema;

/// <summary>A column of a desired table.</summary>
/// <param name="Name">The column name (snake_case).</param>
/// <param name="Type">The SQL type as PostgreSQL's <c>format_type</c> prints it (<c>text</c>, <c>timestamp with time zone</c>, <c>text[]</c>).</param>
/// <param name="Nullable">Whether NULL is allowed.</param>
/// <param name="Default">The default expression as SQL (<c>now()</c>, <c>'draft'::text</c>), or null.</param>
/// <param name="RenamedFrom">The column's previous name, so a migration renames instead of dropping and adding.</param>
public sealed record SqlColumn(string Name, string Type, bool Nullable, string? Default = null, string? RenamedFrom = null);
