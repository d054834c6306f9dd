namespace Platform.Core.Repositories;

/// <summary>Sort order.</summary>
public enum SortDirection
{
    /// <summary>Ascending.</summary>
    Asc,

    /// <summary>Descending.</summary>
    Desc,
}
