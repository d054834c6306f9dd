using Platform.Model.Collections;
using Platform.Model.Definitions;

namespace Platform.Model.Schema;

/// <summary>An index of a desired table.</summary>
/// <param name="Name">The index name (unique in the schema).</param>
/// <param name="Table">The table it indexes.</param>
/// <param name="Columns">The indexed columns, in order.</param>
/// <param name="Unique">Whether it enforces uniqueness.</param>
/// <param name="Method">B-tree or GIN.</param>
/// <param name="Where">The predicate of a partial index, as SQL over column names, or null.</param>
public sealed record SqlIndex(string Name, string Table, EquatableArray<string> Columns, bool Unique, IndexMethod Method, string? Where);
