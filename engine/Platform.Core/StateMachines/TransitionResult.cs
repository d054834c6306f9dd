using Platform.Core.Cqrs;
using Platform.Core.Events;
using Platform.Model.StateMachines;

namespace Platform.Core.StateMachines;

/// <summary>What a transition did (seed 001 § 4): the states, the actions in the order they ran, and their effects.</summary>
/// <param name="Event">The event fired.</param>
/// <param name="PreviousState">The state left.</param>
/// <param name="NextState">The state entered.</param>
/// <remarks>
/// The engine does not write or dispatch: the caller saves <see cref="Entity"/> together with
/// <see cref="EventsEmitted"/> in one transaction and dispatches <see cref="Commands"/> after it
/// commits, so a failed save leaves no effect behind.
/// </remarks>
public sealed record TransitionResult(string Event, string PreviousState, string NextState)
{
    /// <summary>Exit, transition and entry actions, in the order they ran.</summary>
    public IReadOnlyList<ActionDefinition> ActionsExecuted { get; init; } = [];

    /// <summary>The transition's own event (<c>{module}.{entity}.{event}</c>) followed by the emit actions' events.</summary>
    public IReadOnlyList<DomainEvent> EventsEmitted { get; init; } = [];

    /// <summary>Commands from dispatch actions, to run after the change commits.</summary>
    public IReadOnlyList<Command> Commands { get; init; } = [];

    /// <summary>Fields set by assign actions (the status field included).</summary>
    public IReadOnlyDictionary<string, object?> Assignments { get; init; } = new Dictionary<string, object?>();

    /// <summary>The entity after the transition: its values with the assignments applied.</summary>
    public IReadOnlyDictionary<string, object?> Entity { get; init; } = new Dictionary<string, object?>();

    /// <summary>The messages of log actions.</summary>
    public IReadOnlyList<string> Logs { get; init; } = [];
}
