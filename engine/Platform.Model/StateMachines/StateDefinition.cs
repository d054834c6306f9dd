using Platform.Model.Collections;

namespace Platform.Model.StateMachines;

/// <summary>A state: its outgoing transitions, entry/exit actions and timed transitions.</summary>
/// <param name="Name">The state's name, as stored in the status field.</param>
public sealed record StateDefinition(string Name)
{
    /// <summary>A human-readable label, e.g. <c>Pending payment</c>.</summary>
    public string? Label { get; init; }

    /// <summary>A colour for UIs, e.g. <c>#F59E0B</c>.</summary>
    public string? Color { get; init; }

    /// <summary>Whether the state absorbs: it may have no outgoing transitions.</summary>
    public bool Terminal { get; init; }

    /// <summary>Outgoing transitions; several may share an event (the first whose guard passes wins).</summary>
    public EquatableArray<TransitionDefinition> Transitions { get; init; }

    /// <summary>Actions run when entering the state.</summary>
    public EquatableArray<ActionDefinition> Entry { get; init; }

    /// <summary>Actions run when leaving the state.</summary>
    public EquatableArray<ActionDefinition> Exit { get; init; }

    /// <summary>Transitions taken automatically after a delay in this state.</summary>
    public EquatableArray<TimedTransitionDefinition> After { get; init; }
}
