namespace Platform.Model.StateMachines;

/// <summary>Checks a state machine definition and reports every problem, not just the first.</summary>
public static class StateMachineValidator
{
    /// <summary>The problems of <paramref name="machine"/>; empty when it is consistent.</summary>
    public static IReadOnlyList<StateMachineProblem> Validate(StateMachineDefinition machine)
    {
        var problems = new List<StateMachineProblem>();
        if (machine.States.IsEmpty)
        {
            problems.Add(new(StateMachineProblemKind.NoStates, null, $"State machine '{machine.Id}' has no states; declare at least the initial state."));
            return problems;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in machine.States.Where(s => !names.Add(s.Name)))
        {
            problems.Add(new(StateMachineProblemKind.DuplicateState, state.Name, $"State machine '{machine.Id}' declares state '{state.Name}' twice; merge the two declarations."));
        }

        var known = string.Join(", ", names);
        if (string.IsNullOrEmpty(machine.Initial))
        {
            problems.Add(new(StateMachineProblemKind.MissingInitial, null, $"State machine '{machine.Id}' has no initial state; set 'initial' to one of: {known}."));
        }
        else if (!names.Contains(machine.Initial))
        {
            problems.Add(new(StateMachineProblemKind.UnknownInitial, machine.Initial, $"State machine '{machine.Id}' starts in '{machine.Initial}', which is not a state; use one of: {known}."));
        }

        foreach (var state in machine.States)
        {
            foreach (var transition in state.Transitions.Where(t => !names.Contains(t.Target)))
            {
                problems.Add(new(StateMachineProblemKind.UnknownTarget, state.Name,
                    $"State machine '{machine.Id}': event '{transition.Event}' in state '{state.Name}' targets '{transition.Target}', which is not a state; use one of: {known}."));
            }

            foreach (var timed in state.After.Where(t => !names.Contains(t.Target)))
            {
                problems.Add(new(StateMachineProblemKind.UnknownTarget, state.Name,
                    $"State machine '{machine.Id}': the timed transition of state '{state.Name}' targets '{timed.Target}', which is not a state; use one of: {known}."));
            }

            if (state.Terminal && (!state.Transitions.IsEmpty || !state.After.IsEmpty))
            {
                problems.Add(new(StateMachineProblemKind.TerminalWithTransitions, state.Name,
                    $"State machine '{machine.Id}': terminal state '{state.Name}' has outgoing transitions; remove them or drop 'terminal'."));
            }
        }

        if (names.Contains(machine.Initial))
        {
            var reachable = Reachable(machine, machine.Initial);
            foreach (var state in machine.States.Where(s => !reachable.Contains(s.Name)).Select(s => s.Name).Distinct(StringComparer.Ordinal))
            {
                problems.Add(new(StateMachineProblemKind.UnreachableState, state,
                    $"State machine '{machine.Id}': state '{state}' cannot be reached from the initial state '{machine.Initial}'; add a transition to it or remove it."));
            }
        }

        return problems;
    }

    /// <summary>The states reachable from <paramref name="from"/> (itself included), following event and timed transitions.</summary>
    public static ISet<string> Reachable(StateMachineDefinition machine, string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Queue<string>();
        pending.Enqueue(from);
        while (pending.Count > 0)
        {
            var state = machine.FindState(pending.Dequeue());
            if (state is null)
            {
                continue;
            }

            foreach (var target in state.Transitions.Select(t => t.Target).Concat(state.After.Select(t => t.Target)))
            {
                if (seen.Add(target))
                {
                    pending.Enqueue(target);
                }
            }
        }

        return seen;
    }
}
