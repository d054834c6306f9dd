namespace Platform.Core.Cqrs;

/// <summary>Whether a request writes (command) or reads (query).</summary>
public enum RequestKind
{
    /// <summary>A write: <c>catalog.createItem</c>.</summary>
    Command,

    /// <summary>A read: <c>catalog.getItem</c>.</summary>
    Query,
}
