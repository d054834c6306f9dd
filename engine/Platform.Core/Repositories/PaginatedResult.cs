namespace Platform.Core.Repositories;

/// <summary>One page of a collection read.</summary>
/// <param name="Items">The rows.</param>
/// <param name="Total">The number of rows matching the filter, when asked for.</param>
/// <param name="Limit">The page size used.</param>
/// <param name="HasNext">Whether rows follow this page.</param>
/// <param name="HasPrevious">Whether rows precede this page.</param>
/// <typeparam name="T">The row type.</typeparam>
public sealed record PaginatedResult<T>(IReadOnlyList<T> Items, long? Total, int Limit, bool HasNext, bool HasPrevious)
{
    /// <summary>The cursor of the first row, for keyset paging.</summary>
    public string? StartCursor { get; init; }

    /// <summary>The cursor of the last row, for keyset paging.</summary>
    public string? EndCursor { get; init; }

    /// <summary>The cursor of any row of this page (a connection's edges), for keyset paging from it.</summary>
    public Func<T, string>? CursorOf { get; init; }
}
