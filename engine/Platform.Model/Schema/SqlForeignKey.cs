using Platform.Model.Collections;

namespace Platform.Model.Schema;

/// <summary>A foreign key; only references inside a module get one (modules are bounded contexts).</summary>
/// <param name="Name">The constraint name.</param>
/// <param name="Columns">The referencing columns.</param>
/// <param name="ReferencedTable">The referenced table.</param>
/// <param name="ReferencedColumns">The referenced columns.</param>
public sealed record SqlForeignKey(string Name, EquatableArray<string> Columns, string ReferencedTable, EquatableArray<string> ReferencedColumns);
