using Platform.Model.Collections;

namespace Platform.Model.StateMachines;

/// <summary>A finite state machine that drives an entity's status field (seed 001 § 4).</summary>
/// <param name="Id">Unique id, e.g. <c>order-fsm</c>.</param>
/// <param name="Entity">The entity it drives.</param>
/// <param name="Initial">The state new entities start in.</param>
/// <param name="States">The states, in declaration order.</param>
/// <remarks>
/// This record does not enforce consistency (targets exist, states are reachable…); that is what
/// <see cref="StateMachineValidator"/> reports, so a manifest with errors can still be read and
/// every problem shown at once.
/// </remarks>
public sealed record StateMachineDefinition(string Id, string Entity, string Initial, EquatableArray<StateDefinition> States)
{
    /// <summary>The entity field holding the state (default <c>status</c>).</summary>
    public string StatusField { get; init; } = "status";

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>Finds a state by name (ordinal).</summary>
    public StateDefinition? FindState(string name) => States.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    /// <summary>Every event name the machine reacts to, in order of first appearance.</summary>
    public IReadOnlyList<string> Events => States.SelectMany(s => s.Transitions).Select(t => t.Event).Distinct(StringComparer.Ordinal).ToList();
}
