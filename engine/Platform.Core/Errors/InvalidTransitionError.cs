using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>An event that the entity's current state does not accept.</summary>
public sealed class InvalidTransitionError : BusinessError
{
    /// <summary>Creates the error.</summary>
    public InvalidTransitionError(string entity, string state, string eventName, IReadOnlyList<string> validEvents)
        : base(
            validEvents.Count == 0
                ? $"{entity} in state '{state}' accepts no events; '{eventName}' cannot be fired."
                : $"{entity} in state '{state}' does not accept '{eventName}'. It accepts: {string.Join(", ", validEvents)}.",
            ValueMap.Of(("state", state), ("event", eventName), ("validEvents", validEvents.ToList())))
    {
    }
}
