using Platform.Core.Repositories;

namespace Platform.Hosting.Api;

/// <summary>A page of a connection field (<c>items</c>, <c>Category.items</c>): its rows, their cursors, and where it lies in the list.</summary>
/// <param name="Nodes">The rows, in list order.</param>
/// <param name="HasNextPage">Whether rows follow.</param>
/// <param name="HasPreviousPage">Whether rows precede.</param>
/// <param name="CursorOf">The opaque cursor of a row.</param>
/// <param name="TotalCount">The number of rows the filter matches (only computed when selected).</param>
internal sealed record Connection(IReadOnlyList<EntityRecord> Nodes, bool HasNextPage, bool HasPreviousPage, Func<EntityRecord, string> CursorOf, Func<ValueTask<long>> TotalCount)
{
    /// <summary>An empty page (<c>first: 0</c>).</summary>
    public static Connection Empty(Func<ValueTask<long>> totalCount) => new([], false, false, _ => "", totalCount);

    /// <summary>The <c>pageInfo</c> object.</summary>
    public IReadOnlyDictionary<string, object?> PageInfo => new Dictionary<string, object?>(4, StringComparer.Ordinal)
    {
        ["hasNextPage"] = HasNextPage,
        ["hasPreviousPage"] = HasPreviousPage,
        ["startCursor"] = Nodes.Count == 0 ? null : CursorOf(Nodes[0]),
        ["endCursor"] = Nodes.Count == 0 ? null : CursorOf(Nodes[^1]),
    };

    /// <summary>The <c>edges</c> list.</summary>
    public IReadOnlyList<Edge> Edges => Nodes.Select(n => new Edge(this, n)).ToList();
}
