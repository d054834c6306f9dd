using Platform.Model.StateMachines;

namespace Platform.Model.Tests.StateMachines;

public sealed class StateMachineValidatorTests
{
    private static StateDefinition State(string name, params TransitionDefinition[] transitions) =>
        new(name) { Transitions = transitions };

    private static StateMachineDefinition Machine(string initial, params StateDefinition[] states) =>
        new("order-fsm", "Order", initial, states);

    [Fact]
    public void Validate_ConsistentMachine_HasNoProblems()
    {
        var machine = Machine(
            "draft",
            State("draft", new TransitionDefinition("submit", "pending")),
            State("pending", new TransitionDefinition("approve", "approved"), new TransitionDefinition("reject", "draft")),
            new StateDefinition("approved") { Terminal = true });

        Assert.Empty(StateMachineValidator.Validate(machine));
    }

    [Fact]
    public void Validate_UnknownTarget_NamesStateEventAndTarget()
    {
        var machine = Machine("draft", State("draft", new TransitionDefinition("submit", "pendng")), State("pending"));

        var problems = StateMachineValidator.Validate(machine);

        var problem = Assert.Single(problems, p => p.Kind == StateMachineProblemKind.UnknownTarget);
        Assert.Equal("draft", problem.State);
        Assert.Equal("State machine 'order-fsm': event 'submit' in state 'draft' targets 'pendng', which is not a state; use one of: draft, pending.", problem.Message);
    }

    [Fact]
    public void Validate_UnknownTimedTarget_IsReported()
    {
        var machine = Machine("draft", new StateDefinition("draft") { After = [new TimedTransitionDefinition(TimeSpan.FromHours(1), "expired")] });

        var problem = Assert.Single(StateMachineValidator.Validate(machine));

        Assert.Equal(StateMachineProblemKind.UnknownTarget, problem.Kind);
        Assert.Contains("timed transition of state 'draft'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnreachableState_NamesIt()
    {
        var machine = Machine("draft", State("draft", new TransitionDefinition("submit", "pending")), State("pending"), State("archived"));

        var problem = Assert.Single(StateMachineValidator.Validate(machine));

        Assert.Equal(StateMachineProblemKind.UnreachableState, problem.Kind);
        Assert.Equal("archived", problem.State);
        Assert.Contains("'archived' cannot be reached from the initial state 'draft'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StateReachedOnlyByTimedTransition_IsReachable()
    {
        var machine = Machine("open", new StateDefinition("open") { After = [new TimedTransitionDefinition(TimeSpan.FromDays(1), "expired")] }, State("expired"));

        Assert.Empty(StateMachineValidator.Validate(machine));
    }

    [Fact]
    public void Validate_TerminalStateWithTransitions_NamesIt()
    {
        var machine = Machine("done", new StateDefinition("done") { Terminal = true, Transitions = [new TransitionDefinition("reopen", "done")] });

        var problem = Assert.Single(StateMachineValidator.Validate(machine));

        Assert.Equal(StateMachineProblemKind.TerminalWithTransitions, problem.Kind);
        Assert.Contains("terminal state 'done'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingInitial_ListsTheStates()
    {
        var problem = Assert.Single(StateMachineValidator.Validate(Machine("", State("a"))));

        Assert.Equal(StateMachineProblemKind.MissingInitial, problem.Kind);
        Assert.Contains("one of: a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownInitial_IsReported()
    {
        var problem = Assert.Single(StateMachineValidator.Validate(Machine("start", State("a"))));

        Assert.Equal(StateMachineProblemKind.UnknownInitial, problem.Kind);
        Assert.Equal("start", problem.State);
    }

    [Fact]
    public void Validate_DuplicateStateAndNoStates_AreReported()
    {
        Assert.Contains(StateMachineValidator.Validate(Machine("a", State("a"), State("a"))), p => p.Kind == StateMachineProblemKind.DuplicateState && p.State == "a");
        Assert.Equal(StateMachineProblemKind.NoStates, Assert.Single(StateMachineValidator.Validate(Machine("a"))).Kind);
    }

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce()
    {
        var machine = Machine("draft", State("draft", new TransitionDefinition("a", "nowhere")), State("island"), new StateDefinition("end") { Terminal = true, Transitions = [new TransitionDefinition("b", "draft")] });

        var kinds = StateMachineValidator.Validate(machine).Select(p => p.Kind).ToList();

        Assert.Contains(StateMachineProblemKind.UnknownTarget, kinds);
        Assert.Contains(StateMachineProblemKind.TerminalWithTransitions, kinds);
        Assert.Equal(2, kinds.Count(k => k == StateMachineProblemKind.UnreachableState));
    }

    [Fact]
    public void Events_ListsEachEventOnceInOrder()
    {
        var machine = Machine("a", State("a", new TransitionDefinition("go", "b"), new TransitionDefinition("go", "c")), State("b", new TransitionDefinition("back", "a")), State("c"));

        Assert.Equal(["go", "back"], machine.Events);
    }
}
