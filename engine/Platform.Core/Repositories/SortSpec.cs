namespace Platform.Core.Repositories;

/// <summary>One sort key; <c>id</c> always breaks ties last.</summary>
/// <param name="Field">The field key.</param>
/// <param name="Direction">The direction.</param>
public sealed record SortSpec(string Field, SortDirection Direction = SortDirection.Asc);
