namespace Platform.Model.StateMachines;

/// <summary>One problem found in a state machine definition.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="State">The state concerned, if any.</param>
/// <param name="Message">A sentence naming the machine, the state and the fix.</param>
public sealed record StateMachineProblem(StateMachineProblemKind Kind, string? State, string Message);
