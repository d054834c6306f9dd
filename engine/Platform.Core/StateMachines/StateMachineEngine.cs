using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Errors;
using Platform.Core.Events;
using Platform.Core.Ids;
using Platform.Core.Rules;
using Platform.Model.StateMachines;

namespace Platform.Core.StateMachines;

/// <summary>
/// Runs state machines defined as data (seed 001 § 4). Machines are validated and their guards
/// compiled when registered. An event may have several candidate transitions in a state: the
/// first whose guard passes is taken. Actions run exit → transition → entry.
/// </summary>
/// <remarks>Thread-safe; transitions are pure computations whose effects the caller persists (see <see cref="TransitionResult"/>).</remarks>
public sealed partial class StateMachineEngine
{
    private readonly ConcurrentDictionary<string, RegisteredMachine> _machines = new(StringComparer.Ordinal);
    private readonly RuleEngine _rules;
    private readonly TimeProvider _time;
    private readonly UlidGenerator _ids;
    private readonly ILogger _logger;

    /// <summary>Creates an engine whose guards run on <paramref name="rules"/>.</summary>
    public StateMachineEngine(RuleEngine rules, TimeProvider? time = null, ILogger<StateMachineEngine>? logger = null, UlidGenerator? ids = null)
    {
        _rules = rules;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _ids = ids ?? UlidGenerator.Shared;
    }

    /// <summary>Registers (or replaces) <paramref name="machine"/> of module <paramref name="module"/>.</summary>
    /// <exception cref="StateMachineDefinitionException">The definition has problems; all are listed.</exception>
    /// <exception cref="RuleResolutionException">A guard refers to a rule that is not registered.</exception>
    public void Register(StateMachineDefinition machine, string module)
    {
        var problems = StateMachineValidator.Validate(machine);
        if (problems.Count > 0)
        {
            throw new StateMachineDefinitionException(machine.Id, problems);
        }

        var guards = new Dictionary<object, CompiledRule>(ReferenceEqualityComparer.Instance);
        foreach (var state in machine.States)
        {
            foreach (var transition in state.Transitions.Where(t => t.Guard is not null))
            {
                guards[transition] = _rules.Compile(transition.Guard!);
            }

            foreach (var timed in state.After.Where(t => t.Guard is not null))
            {
                guards[timed] = _rules.Compile(timed.Guard!);
            }
        }

        _machines[machine.Id] = new RegisteredMachine(machine, module, guards);
    }

    /// <summary>The machine registered as <paramref name="machineId"/>.</summary>
    public StateMachineDefinition Resolve(string machineId) => Get(machineId).Definition;

    /// <summary>Removes a machine (when its module unloads).</summary>
    public bool Unregister(string machineId) => _machines.TryRemove(machineId, out _);

    /// <summary>Whether <paramref name="eventName"/> can be fired in <paramref name="currentState"/> now.</summary>
    public bool Can(string machineId, string currentState, string eventName, FsmContext context)
    {
        var machine = Get(machineId);
        var ruleContext = context.ToRuleContext();
        return Candidates(machine, currentState, eventName).Any(t => GuardPasses(machine, t, ruleContext));
    }

    /// <summary>The events that can be fired in <paramref name="currentState"/> now, in declaration order.</summary>
    public IReadOnlyList<string> ValidEvents(string machineId, string currentState, FsmContext context)
    {
        var machine = Get(machineId);
        var ruleContext = context.ToRuleContext();
        return State(machine, currentState).Transitions
            .Where(t => GuardPasses(machine, t, ruleContext))
            .Select(t => t.Event)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The states reachable from <paramref name="currentState"/> by one or more transitions (itself only through a cycle).</summary>
    public IReadOnlyList<string> ReachableStates(string machineId, string currentState)
    {
        var machine = Get(machineId).Definition;
        var start = State(Get(machineId), currentState);
        var seen = new List<string>();
        var pending = new Queue<string>(Successors(start));
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (seen.Contains(name))
            {
                continue;
            }

            seen.Add(name);
            foreach (var next in Successors(machine.FindState(name)!))
            {
                pending.Enqueue(next);
            }
        }

        return seen;

        static IEnumerable<string> Successors(StateDefinition state) => state.Transitions.Select(t => t.Target).Concat(state.After.Select(t => t.Target));
    }

    /// <summary>Fires <paramref name="eventName"/>: picks the first candidate transition whose guard passes and runs its actions.</summary>
    /// <exception cref="InvalidTransitionError">The state does not accept the event.</exception>
    /// <exception cref="GuardFailedError">Every candidate's guard failed; the error explains each.</exception>
    public TransitionResult Transition(string machineId, string currentState, string eventName, FsmContext context)
    {
        var machine = Get(machineId);
        var candidates = Candidates(machine, currentState, eventName).ToList();
        if (candidates.Count == 0)
        {
            throw new InvalidTransitionError(machine.Definition.Entity, currentState, eventName, ValidEvents(machineId, currentState, context));
        }

        var ruleContext = context.ToRuleContext();
        var chosen = candidates.FirstOrDefault(t => GuardPasses(machine, t, ruleContext));
        if (chosen is null)
        {
            var explanations = candidates.Select(t => machine.Guards[t].Explain(ruleContext)).ToList();
            throw new GuardFailedError(machine.Definition.Entity, currentState, eventName, explanations);
        }

        return Apply(machine, currentState, chosen.Target, eventName, chosen.Actions, context, ruleContext);
    }

    /// <summary>The timed transitions of <paramref name="state"/>, for a scheduler to arm when an entity enters it.</summary>
    public IReadOnlyList<TimedTransition> TimedTransitions(string machineId, string state) =>
        State(Get(machineId), state).After.Select(t => new TimedTransition(machineId, state, t.Delay, t.Target, t.Guard)).ToList();

    /// <summary>
    /// Takes the first timed transition of <paramref name="currentState"/> that is due (the entity
    /// entered the state at <paramref name="enteredAt"/>) and whose guard passes; null when none is.
    /// The transition's event is <c>after</c>.
    /// </summary>
    public TransitionResult? FireTimed(string machineId, string currentState, DateTimeOffset enteredAt, FsmContext context)
    {
        var machine = Get(machineId);
        var now = _time.GetUtcNow();
        var ruleContext = context.ToRuleContext();
        foreach (var timed in State(machine, currentState).After.Where(t => enteredAt + t.Delay <= now))
        {
            if (!machine.Guards.TryGetValue(timed, out var guard) || guard.Evaluate(ruleContext))
            {
                return Apply(machine, currentState, timed.Target, "after", [], context, ruleContext);
            }
        }

        return null;
    }

    /// <summary>The machine as a Mermaid <c>stateDiagram-v2</c>.</summary>
    public string ToMermaid(string machineId) => StateMachineDiagram.ToMermaid(Get(machineId).Definition);

    private TransitionResult Apply(RegisteredMachine machine, string from, string to, string eventName, IEnumerable<ActionDefinition> transitionActions, FsmContext context, Dictionary<string, object?> ruleContext)
    {
        var definition = machine.Definition;
        var actions = State(machine, from).Exit.Concat(transitionActions).Concat(State(machine, to).Entry).ToList();
        var now = _time.GetUtcNow();
        var entityName = definition.Entity;
        var transitionEvent = NewEvent(machine, Events.EventTypes.For(machine.Module, entityName, eventName), context, now, new Dictionary<string, object?>
        {
            ["from"] = from,
            ["to"] = to,
            ["payload"] = context.Payload,
        });

        var assignments = new Dictionary<string, object?>(StringComparer.Ordinal) { [definition.StatusField] = to };
        var events = new List<DomainEvent> { transitionEvent };
        var commands = new List<Cqrs.Command>();
        var logs = new List<string>();
        foreach (var action in actions)
        {
            switch (action)
            {
                case AssignAction assign:
                    assignments[assign.Field] = ActionValues.Resolve(assign.Value, ruleContext, now);
                    break;
                case EmitAction emit:
                    var type = emit.Event.Contains('.', StringComparison.Ordinal) ? emit.Event : Events.EventTypes.For(machine.Module, entityName, emit.Event);
                    events.Add(NewEvent(machine, type, context, now, ActionValues.ResolveMap(emit.Payload, ruleContext, now)) with { CausedBy = transitionEvent.Id });
                    break;
                case DispatchAction dispatch:
                    commands.Add(new Cqrs.Command(dispatch.Command, ActionValues.ResolveMap(dispatch.Payload, ruleContext, now)) { CausedBy = transitionEvent.Id });
                    break;
                case LogAction log:
                    var message = ActionValues.Format(log.Message, ruleContext);
                    logs.Add(message);
                    LogAction(_logger, definition.Id, context.ResolvedEntityId, message);
                    break;
            }
        }

        var entity = new Dictionary<string, object?>(context.Entity, StringComparer.Ordinal);
        foreach (var (field, value) in assignments)
        {
            entity[field] = value;
        }

        return new TransitionResult(eventName, from, to)
        {
            ActionsExecuted = actions,
            EventsEmitted = events,
            Commands = commands,
            Assignments = assignments,
            Entity = entity,
            Logs = logs,
        };
    }

    private DomainEvent NewEvent(RegisteredMachine machine, string type, FsmContext context, DateTimeOffset now, IReadOnlyDictionary<string, object?> payload) =>
        new(_ids.Next().ToString(), type, context.ResolvedEntityId, machine.Definition.Entity, context.Actor.OrgId, context.ResolvedVersion + 1, machine.Module, now, context.CorrelationId ?? _ids.Next().ToString())
        {
            ActorId = context.Actor.Id,
            Payload = payload,
        };

    private RegisteredMachine Get(string machineId) =>
        _machines.TryGetValue(machineId, out var machine)
            ? machine
            : throw new InvalidOperationException($"State machine '{machineId}' is not registered. Registered: {string.Join(", ", _machines.Keys.Order(StringComparer.Ordinal))}.");

    private static StateDefinition State(RegisteredMachine machine, string name) =>
        machine.Definition.FindState(name)
        ?? throw new BusinessError($"{machine.Definition.Entity} is in state '{name}', which state machine '{machine.Definition.Id}' does not have. States: {string.Join(", ", machine.Definition.States.Select(s => s.Name))}.");

    private static IEnumerable<TransitionDefinition> Candidates(RegisteredMachine machine, string state, string eventName) =>
        State(machine, state).Transitions.Where(t => string.Equals(t.Event, eventName, StringComparison.Ordinal));

    private static bool GuardPasses(RegisteredMachine machine, TransitionDefinition transition, Dictionary<string, object?> ruleContext) =>
        !machine.Guards.TryGetValue(transition, out var guard) || guard.Evaluate(ruleContext);

    [LoggerMessage(Level = LogLevel.Information, Message = "State machine {MachineId}, entity {EntityId}: {Message}")]
    private static partial void LogAction(ILogger logger, string machineId, string entityId, string message);

    private sealed record RegisteredMachine(StateMachineDefinition Definition, string Module, Dictionary<object, CompiledRule> Guards);
}
