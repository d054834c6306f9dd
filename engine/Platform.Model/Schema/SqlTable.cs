using Platform.Model.Collections;

namespace Platform.Model.Schema;

/// <summary>A desired table: columns, key, constraints, indexes and row-level security.</summary>
/// <param name="Name">The table name.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="PrimaryKey">The primary-key columns.</param>
/// <remarks>
/// Invariants: column, index and constraint names are unique (the manifest checks report
/// collisions as PLAT202/PLAT205 before a table is emitted); <see cref="Policy"/> is set exactly
/// when <see cref="RowLevelSecurity"/> is.
/// </remarks>
public sealed record SqlTable(string Name, EquatableArray<SqlColumn> Columns, EquatableArray<string> PrimaryKey)
{
    /// <summary>The module that owns the table.</summary>
    public string? Module { get; init; }

    /// <summary>The table's previous name, so a migration renames it.</summary>
    public string? RenamedFrom { get; init; }

    /// <summary>CHECK constraints (enum values, currency codes).</summary>
    public EquatableArray<SqlCheck> Checks { get; init; }

    /// <summary>Foreign keys to tables of the same module.</summary>
    public EquatableArray<SqlForeignKey> ForeignKeys { get; init; }

    /// <summary>The indexes.</summary>
    public EquatableArray<SqlIndex> Indexes { get; init; }

    /// <summary>Whether row-level security is enabled and forced.</summary>
    public bool RowLevelSecurity { get; init; }

    /// <summary>The tenant policy.</summary>
    public SqlPolicy? Policy { get; init; }

    /// <summary>Whether the application role may only insert and read (no UPDATE, DELETE or TRUNCATE).</summary>
    public bool AppendOnly { get; init; }

    /// <summary>Finds a column by name.</summary>
    public SqlColumn? FindColumn(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
