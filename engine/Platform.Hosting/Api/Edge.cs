using Platform.Core.Repositories;

namespace Platform.Hosting.Api;

/// <summary>An edge of a connection: the row and, when asked for, its cursor.</summary>
/// <param name="Connection">The page it belongs to.</param>
/// <param name="Node">The row.</param>
internal sealed record Edge(Connection Connection, EntityRecord Node)
{
    /// <summary>The row's opaque cursor.</summary>
    public string Cursor => Connection.CursorOf(Node);
}
