using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;

namespace Platform.Postgres.Queries;

/// <summary>A checked sort key: the field, its column and how its values compare.</summary>
/// <param name="Path">The field key (money: its amount).</param>
/// <param name="Column">The column, from the schema.</param>
/// <param name="Kind">How values are typed in cursors.</param>
/// <param name="Direction">Ascending or descending; missing values always sort last.</param>
public sealed record SortKey(string Path, string Column, FilterFieldKind Kind, SortDirection Direction);
