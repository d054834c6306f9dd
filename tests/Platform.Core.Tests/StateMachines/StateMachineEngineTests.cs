using Platform.Core.Errors;
using Platform.Core.Rules;
using Platform.Core.Security;
using Platform.Core.StateMachines;
using Platform.Model.Rules;
using Platform.Model.StateMachines;
using Platform.Model.Values;
using Platform.TestKit;

namespace Platform.Core.Tests.StateMachines;

public sealed class StateMachineEngineTests
{
    private static readonly ActorInfo Alice = new("user_alice", "org_1", ["admin"]);

    // draft --submit--> pending --approve[total >= 100]--> approved (terminal)
    //                           --approve[fallback: actor is admin]--> review
    //                           --reject--> draft ; pending after 2 days --> expired
    private static StateMachineDefinition OrderMachine() => new("order-fsm", "Order", "draft",
    [
        new StateDefinition("draft")
        {
            Transitions = [new TransitionDefinition("submit", "pending") { Actions = [new AssignAction("submittedAt", "$now"), new LogAction("{entity.id} submitted by {actor.id}")] }],
            Exit = [new EmitAction("draftLeft")],
        },
        new StateDefinition("pending")
        {
            Entry = [new EmitAction("awaitingApproval", ValueMap.Of(("total", new ValueRef("entity.total"))))],
            Transitions =
            [
                new TransitionDefinition("approve", "approved") { Guard = new LeafRule("entity.total", RuleOp.Gte, 100L), Actions = [new DispatchAction("ledger.post", ValueMap.Of(("amount", new ValueRef("entity.total")), ("note", new ValueRef("payload.note"))))] },
                new TransitionDefinition("approve", "review") { Guard = new LeafRule("actor.roles", RuleOp.Contains, "admin") },
                new TransitionDefinition("reject", "draft"),
            ],
            After = [new TimedTransitionDefinition(TimeSpan.FromDays(2), "expired")],
        },
        new StateDefinition("review") { Transitions = [new TransitionDefinition("approve", "approved")] },
        new StateDefinition("approved") { Terminal = true },
        new StateDefinition("expired") { Terminal = true },
    ]);

    private static (StateMachineEngine Engine, ManualTimeProvider Clock) CreateEngine()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var engine = new StateMachineEngine(new RuleEngine(clock), clock);
        engine.Register(OrderMachine(), "sales");
        return (engine, clock);
    }

    private static FsmContext Context(long total, ActorInfo? actor = null) =>
        new(new Dictionary<string, object?> { ["id"] = "ord_1", ["total"] = total, ["version"] = 3, ["status"] = "pending" }, actor ?? Alice)
        {
            Payload = new Dictionary<string, object?> { ["note"] = "ok" },
            CorrelationId = "corr_1",
        };

    [Fact]
    public void Transition_RunsExitThenTransitionThenEntryActions()
    {
        var (engine, clock) = CreateEngine();

        var result = engine.Transition("order-fsm", "draft", "submit", Context(50));

        Assert.Equal(("draft", "pending"), (result.PreviousState, result.NextState));
        Assert.Equal(["EmitAction", "AssignAction", "LogAction", "EmitAction"], result.ActionsExecuted.Select(a => a.GetType().Name));
        Assert.Equal(["sales.order.submit", "sales.order.draftleft", "sales.order.awaitingapproval"], result.EventsEmitted.Select(e => e.Type));
        Assert.Equal(clock.GetUtcNow(), result.Assignments["submittedAt"]);
        Assert.Equal("pending", result.Entity["status"]);
        Assert.Equal(["ord_1 submitted by user_alice"], result.Logs);
        var emitted = result.EventsEmitted[2];
        Assert.Equal(50L, emitted.Payload["total"]);
        Assert.Equal(("ord_1", "Order", "org_1", 4, "sales", "corr_1", "user_alice"), (emitted.AggregateId, emitted.AggregateType, emitted.OrgId, emitted.Version, emitted.Source, emitted.CorrelationId, emitted.ActorId));
        Assert.Equal(result.EventsEmitted[0].Id, emitted.CausedBy);
    }

    [Fact]
    public void Transition_SeveralCandidates_TakesTheFirstWhoseGuardPasses()
    {
        var (engine, _) = CreateEngine();

        var big = engine.Transition("order-fsm", "pending", "approve", Context(150));
        var small = engine.Transition("order-fsm", "pending", "approve", Context(50));

        Assert.Equal("approved", big.NextState);
        var command = Assert.Single(big.Commands);
        Assert.Equal("ledger.post", command.Type);
        Assert.Equal(new Dictionary<string, object?> { ["amount"] = 150L, ["note"] = "ok" }, command.Payload);
        Assert.Equal("review", small.NextState);
        Assert.Empty(small.Commands);
    }

    [Fact]
    public void Transition_AllGuardsFail_IsABusinessRuleErrorExplainingEachCandidate()
    {
        var (engine, _) = CreateEngine();
        var member = new ActorInfo("user_bob", "org_1", ["member"]);

        var error = Assert.Throws<GuardFailedError>(() => engine.Transition("order-fsm", "pending", "approve", Context(50, member)));

        Assert.Equal(ErrorCodes.BusinessRule, error.Code);
        Assert.Equal(2, error.Explanations.Count);
        Assert.Equal("Order cannot 'approve' in state 'pending': entity.total is 50, but it must be at least 100. Or: actor.roles is ['member'], but it must contain 'admin'.", error.Message);
        Assert.False(engine.Can("order-fsm", "pending", "approve", Context(50, member)));
    }

    [Fact]
    public void Transition_EventNotAcceptedInState_ListsWhatIs()
    {
        var (engine, _) = CreateEngine();

        var error = Assert.Throws<InvalidTransitionError>(() => engine.Transition("order-fsm", "draft", "approve", Context(500)));

        Assert.Equal("Order in state 'draft' does not accept 'approve'. It accepts: submit.", error.Message);
        Assert.Throws<InvalidTransitionError>(() => engine.Transition("order-fsm", "approved", "reject", Context(500)));
    }

    [Fact]
    public void Transition_FromAStateTheMachineLacks_IsAClearError()
    {
        var (engine, _) = CreateEngine();

        var error = Assert.Throws<BusinessError>(() => engine.Transition("order-fsm", "shipped", "approve", Context(500)));

        Assert.Contains("'shipped', which state machine 'order-fsm' does not have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidEvents_AndCan_FollowTheGuards()
    {
        var (engine, _) = CreateEngine();
        var viewer = new ActorInfo("user_v", "org_1", ["viewer"]);

        Assert.Equal(["approve", "reject"], engine.ValidEvents("order-fsm", "pending", Context(10)));
        Assert.Equal(["reject"], engine.ValidEvents("order-fsm", "pending", Context(10, viewer)));
        Assert.True(engine.Can("order-fsm", "pending", "approve", Context(100, viewer)));
        Assert.Empty(engine.ValidEvents("order-fsm", "approved", Context(10)));
    }

    [Fact]
    public void ReachableStates_FollowEventAndTimedTransitions()
    {
        var (engine, _) = CreateEngine();

        Assert.Equal(["pending", "approved", "review", "draft", "expired"], engine.ReachableStates("order-fsm", "draft"));
        Assert.Empty(engine.ReachableStates("order-fsm", "approved"));
    }

    [Fact]
    public void TimedTransitions_AreExposed_AndFireWhenDue()
    {
        var (engine, clock) = CreateEngine();
        var entered = clock.GetUtcNow();

        var timed = Assert.Single(engine.TimedTransitions("order-fsm", "pending"));
        Assert.Equal((TimeSpan.FromDays(2), "expired"), (timed.Delay, timed.Target));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Null(engine.FireTimed("order-fsm", "pending", entered, Context(10)));

        clock.Advance(TimeSpan.FromDays(1));
        var result = engine.FireTimed("order-fsm", "pending", entered, Context(10));
        Assert.Equal(("expired", "after"), (result!.NextState, result.Event));
    }

    [Fact]
    public void Register_InvalidMachine_ListsEveryProblem()
    {
        var engine = new StateMachineEngine(new RuleEngine());
        var broken = new StateMachineDefinition("x", "X", "a", [new StateDefinition("a") { Transitions = [new TransitionDefinition("go", "nowhere")] }, new StateDefinition("island")]);

        var error = Assert.Throws<StateMachineDefinitionException>(() => engine.Register(broken, "m"));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'island'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_GuardWithUnknownRuleRef_FailsEarly()
    {
        var engine = new StateMachineEngine(new RuleEngine());
        var machine = new StateMachineDefinition("x", "X", "a", [new StateDefinition("a") { Transitions = [new TransitionDefinition("go", "a") { Guard = new RefRule("no-such-rule") }] }]);

        Assert.Throws<RuleResolutionException>(() => engine.Register(machine, "m"));
    }

    [Fact]
    public void UnknownMachine_IsAClearError()
    {
        var (engine, _) = CreateEngine();

        var error = Assert.Throws<InvalidOperationException>(() => engine.Resolve("nope"));

        Assert.Contains("Registered: order-fsm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_RendersTheDiagram()
    {
        var (engine, _) = CreateEngine();

        Snapshot.Match(engine.ToMermaid("order-fsm"));
    }
}
