using Platform.Model.StateMachines;

namespace Platform.Core.StateMachines;

/// <summary>A state machine definition was refused at registration; every problem is listed.</summary>
public sealed class StateMachineDefinitionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public StateMachineDefinitionException(string machineId, IReadOnlyList<StateMachineProblem> problems)
        : base($"State machine '{machineId}' is invalid: {string.Join(" ", problems.Select(p => p.Message))}")
    {
        Problems = problems;
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<StateMachineProblem> Problems { get; }
}
