using Platform.Model.Values;

namespace Platform.Model.StateMachines;

/// <summary>
/// A side-effect descriptor run by the FSM engine; actions never call business code directly,
/// they emit events or dispatch commands (seed 001 § 4).
/// </summary>
public abstract record ActionDefinition;

/// <summary>Emits a domain event of type <paramref name="Event"/>.</summary>
/// <param name="Event">The event type (or the last segment, qualified with the module and entity).</param>
/// <param name="Payload">Extra payload; values may be <see cref="Rules.ValueRef"/>s into the context.</param>
public sealed record EmitAction(string Event, ValueMap? Payload = null) : ActionDefinition;

/// <summary>Dispatches a command through the mediator.</summary>
/// <param name="Command">The command type, <c>module.name</c>.</param>
/// <param name="Payload">The payload; values may be <see cref="Rules.ValueRef"/>s into the context.</param>
public sealed record DispatchAction(string Command, ValueMap? Payload = null) : ActionDefinition;

/// <summary>Sets an entity field.</summary>
/// <param name="Field">The field key.</param>
/// <param name="Value">A plain value, a <see cref="Rules.ValueRef"/> into the context, or the string <c>$now</c> for the transition's time.</param>
public sealed record AssignAction(string Field, object? Value) : ActionDefinition;

/// <summary>Writes a log line.</summary>
/// <param name="Message">The message; <c>{path}</c> placeholders are filled from the context.</param>
public sealed record LogAction(string Message) : ActionDefinition;
