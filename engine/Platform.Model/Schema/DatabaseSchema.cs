using Platform.Model.Collections;

namespace Platform.Model.Schema;

/// <summary>The desired state of the database for a set of modules; migrations diff it against the live catalog.</summary>
/// <param name="Tables">The tables, in dependency order (a referenced table comes first).</param>
public sealed record DatabaseSchema(EquatableArray<SqlTable> Tables)
{
    /// <summary>Finds a table by name.</summary>
    public SqlTable? FindTable(string name) => Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
