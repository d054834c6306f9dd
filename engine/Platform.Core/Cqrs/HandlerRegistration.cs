namespace Platform.Core.Cqrs;

/// <summary>A registered handler and its options, as middleware sees it.</summary>
/// <param name="Type">The request type.</param>
/// <param name="Kind">Command or query.</param>
/// <param name="Handler">The handler.</param>
/// <param name="Options">Its options.</param>
public sealed record HandlerRegistration(string Type, RequestKind Kind, RequestHandler Handler, HandlerOptions Options)
{
    /// <summary>The permission the caller needs.</summary>
    public string Permission => Options.Permission ?? $"{Type}:{(Kind == RequestKind.Command ? "execute" : "read")}";
}
