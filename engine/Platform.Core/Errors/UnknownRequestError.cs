using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>A command or query was sent that no handler is registered for.</summary>
public sealed class UnknownRequestError : CoreError
{
    /// <summary>Creates the error, listing the registered types of the same kind.</summary>
    public UnknownRequestError(string kind, string type, IEnumerable<string> registered)
        : base(ErrorCodes.NotFound, $"No handler is registered for {kind} '{type}'. Registered {kind}s: {Describe(registered)}.", ValueMap.Of(("type", type)))
    {
    }

    private static string Describe(IEnumerable<string> registered) =>
        registered.Order(StringComparer.Ordinal).ToList() is { Count: > 0 } list ? string.Join(", ", list) : "none";
}
