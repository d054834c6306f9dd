namespace Platform.Model.StateMachines;

/// <summary>What is wrong with a state machine definition.</summary>
public enum StateMachineProblemKind
{
    /// <summary>The machine has no states.</summary>
    NoStates,

    /// <summary>No initial state is given.</summary>
    MissingInitial,

    /// <summary>The initial state is not one of the states.</summary>
    UnknownInitial,

    /// <summary>Two states share a name.</summary>
    DuplicateState,

    /// <summary>A transition or timed transition targets a state that does not exist.</summary>
    UnknownTarget,

    /// <summary>No path leads from the initial state to this state.</summary>
    UnreachableState,

    /// <summary>A terminal state has outgoing or timed transitions.</summary>
    TerminalWithTransitions,
}
