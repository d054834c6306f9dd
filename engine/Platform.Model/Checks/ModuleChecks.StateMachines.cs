using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Naming;
using Platform.Model.Reading;
using Platform.Model.Rules;
using Platform.Model.StateMachines;
using Platform.Model.Values;

namespace Platform.Model.Checks;

internal sealed partial class ModuleChecks
{
    private static readonly string[] GuardRoots = ["entity", "actor", "payload"];

    private void CheckStateMachines()
    {
        var bound = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var machine in module.StateMachines)
        {
            var path = $"fsm:{machine.Id}";
            if (machine.Id.Length > 0 && !Names.IsMachineId(machine.Id))
            {
                Report(DiagnosticCatalog.InvalidIdentifier, path, $"State machine id '{machine.Id}' is not valid: use lower-case words joined by '-', e.g. 'item-lifecycle'.");
            }

            var entity = module.FindEntity(machine.Entity);
            if (entity is null)
            {
                if (machine.Entity.Length > 0)
                {
                    var suggestion = Suggestions.Nearest(machine.Entity, module.Entities.Select(e => e.Name));
                    Report(DiagnosticCatalog.UnknownMachineEntity, path + "/entity",
                        $"State machine '{machine.Id}' drives '{machine.Entity}', which is not an entity of this module.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")} Known entities: {string.Join(", ", module.Entities.Select(e => e.Name))}.");
                }
            }
            else if (entity.AppendOnly)
            {
                Report(DiagnosticCatalog.MachineBinding, path + "/entity", $"{entity.Name} is append-only, so its rows never change state; drop 'appendOnly' or drive another entity.");
            }
            else if (bound.TryGetValue(entity.Name, out var first))
            {
                Report(DiagnosticCatalog.MachineBinding, path + "/entity", $"Entities have one state machine, but '{first}' already drives {entity.Name}; merge the machines or drive another entity.");
            }
            else
            {
                bound[entity.Name] = machine.Id;
            }

            CheckStates(machine, path);
            if (entity is not null && !machine.States.IsEmpty)
            {
                CheckStatusField(machine, entity, path);
                CheckMachineRules(machine, entity, path);
            }
        }
    }

    private void CheckStates(StateMachineDefinition machine, string path)
    {
        if (machine.States.IsEmpty)
        {
            Report(DiagnosticCatalog.NoStates, path + "/states", $"State machine '{machine.Id}' has no states; declare at least the initial state under 'states'.");
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in machine.States)
        {
            names.Add(state.Name);
            if (!Names.IsEnumValue(state.Name))
            {
                Report(DiagnosticCatalog.InvalidIdentifier, $"{path}/state:{state.Name}", $"State name '{state.Name}' is not valid: use letters and digits, words joined by '_' or '-'.");
            }
        }

        var known = string.Join(", ", names);
        if (machine.Initial.Length == 0)
        {
            Report(DiagnosticCatalog.InvalidInitialState, path, $"State machine '{machine.Id}' has no initial state; add 'initial:' with one of: {known}.");
        }
        else if (!names.Contains(machine.Initial))
        {
            Report(DiagnosticCatalog.InvalidInitialState, path + "/initial", $"The initial state '{machine.Initial}' of '{machine.Id}' is not a state; use one of: {known}.");
        }

        foreach (var state in machine.States)
        {
            var statePath = $"{path}/state:{state.Name}";
            foreach (var (transition, transitionPath) in Transitions(state, statePath))
            {
                if (!Names.IsEventName(transition.Event))
                {
                    Report(DiagnosticCatalog.InvalidIdentifier, $"{statePath}/on:{transition.Event}", $"Event name '{transition.Event}' is not valid: use lower-case words joined by '_', e.g. 'mark_paid'.");
                }

                if (transition.Target.Length > 0 && !names.Contains(transition.Target))
                {
                    var suggestion = Suggestions.Nearest(transition.Target, names);
                    Report(DiagnosticCatalog.UnknownTarget, transitionPath + "/target",
                        $"Event '{transition.Event}' in state '{state.Name}' targets '{transition.Target}', which is not a state.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")} States: {known}.");
                }
            }

            for (var i = 0; i < state.After.Count; i++)
            {
                var timed = state.After[i];
                if (timed.Target.Length > 0 && !names.Contains(timed.Target))
                {
                    Report(DiagnosticCatalog.UnknownTarget, $"{statePath}/after:{i}/target", $"The timed transition of state '{state.Name}' targets '{timed.Target}', which is not a state. States: {known}.");
                }
            }

            if (state.Terminal && (!state.Transitions.IsEmpty || !state.After.IsEmpty))
            {
                Report(DiagnosticCatalog.TerminalWithTransitions, statePath, $"Terminal state '{state.Name}' has outgoing transitions; remove them or drop 'terminal: true'.");
            }
        }

        if (names.Contains(machine.Initial))
        {
            var reachable = StateMachineValidator.Reachable(machine, machine.Initial);
            foreach (var state in machine.States.Where(s => !reachable.Contains(s.Name)))
            {
                Report(DiagnosticCatalog.UnreachableState, $"{path}/state:{state.Name}",
                    $"State '{state.Name}' cannot be reached from the initial state '{machine.Initial}'; add a transition to it or remove it.");
            }
        }
    }

    private void CheckStatusField(StateMachineDefinition machine, EntityDefinition entity, string path)
    {
        var field = entity.FindField(machine.StatusField);
        var states = machine.States.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        if (field is null)
        {
            Report(DiagnosticCatalog.StatusFieldMismatch, path + "/entity",
                $"State machine '{machine.Id}' drives field '{machine.StatusField}' of {entity.Name}, which has no such field; add '{machine.StatusField}: {{ type: enum, values: [{string.Join(", ", states)}], required: true }}'.");
            return;
        }

        var fieldPath = $"entity:{entity.Name}/field:{field.Key}";
        if (field.Type != FieldType.Enum)
        {
            Report(DiagnosticCatalog.StatusFieldMismatch, fieldPath + "/type",
                $"Field '{field.Key}' of {entity.Name} is driven by state machine '{machine.Id}', so it must be an enum of its states; set 'type: enum' and 'values: [{string.Join(", ", states)}]'.");
            return;
        }

        var missing = states.Where(s => !field.EnumValues.Contains(s)).ToList();
        var extra = field.EnumValues.Where(v => !states.Contains(v)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var parts = new List<string>();
            if (missing.Count > 0)
            {
                parts.Add($"add {string.Join(", ", missing)}");
            }

            if (extra.Count > 0)
            {
                parts.Add($"remove {string.Join(", ", extra)}");
            }

            Report(DiagnosticCatalog.StatusFieldMismatch, fieldPath + "/values",
                $"The values of '{field.Key}' must be the states of '{machine.Id}' ({string.Join(", ", states)}); {string.Join(" and ", parts)}.");
        }
    }

    private void CheckMachineRules(StateMachineDefinition machine, EntityDefinition entity, string path)
    {
        foreach (var state in machine.States)
        {
            var statePath = $"{path}/state:{state.Name}";
            foreach (var (transition, transitionPath) in Transitions(state, statePath))
            {
                if (transition.Guard is not null)
                {
                    CheckGuard(transition.Guard, entity, transitionPath + "/guard");
                }

                CheckActions(transition.Actions, entity, machine, transitionPath + "/actions");
            }

            for (var i = 0; i < state.After.Count; i++)
            {
                if (state.After[i].Guard is { } guard)
                {
                    CheckGuard(guard, entity, $"{statePath}/after:{i}/guard");
                }
            }

            CheckActions(state.Entry, entity, machine, statePath + "/entry");
            CheckActions(state.Exit, entity, machine, statePath + "/exit");
        }
    }

    /// <summary>A state's transitions with the manifest path each was read at (<c>…/on:publish/0</c>: several may share an event).</summary>
    private static IEnumerable<(TransitionDefinition Transition, string Path)> Transitions(StateDefinition state, string statePath)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var transition in state.Transitions)
        {
            var i = index.TryGetValue(transition.Event, out var n) ? n : 0;
            index[transition.Event] = i + 1;
            yield return (transition, $"{statePath}/on:{transition.Event}/{i}");
        }
    }

    private void CheckGuard(RuleExpr rule, EntityDefinition entity, string path)
    {
        foreach (var reference in Paths(rule))
        {
            var segments = reference.Split('.');
            var root = segments[0];
            if (!GuardRoots.Contains(root))
            {
                Report(DiagnosticCatalog.UnknownGuardPath, path, $"The guard reads '{reference}', but guard paths start with entity., actor. or payload.; e.g. 'entity.{reference}'.");
            }
            else if (root == "entity" && segments.Length > 1 && entity.FindField(segments[1]) is null && !SqlNames.BaseFieldKeys.Contains(segments[1]))
            {
                var suggestion = Suggestions.Nearest(segments[1], entity.Fields.Select(f => f.Key).Concat(SqlNames.BaseFieldKeys));
                Report(DiagnosticCatalog.UnknownGuardPath, path,
                    $"The guard reads '{reference}', but {entity.Name} has no field '{segments[1]}'.{(suggestion is null ? "" : $" Did you mean 'entity.{suggestion}'?")}");
            }
        }
    }

    private static IEnumerable<string> Paths(RuleExpr rule) => rule switch
    {
        LeafRule leaf => leaf.Value is ValueRef value ? [leaf.Field, value.Path] : leaf.Value is ValueList list ? [leaf.Field, .. list.OfType<ValueRef>().Select(r => r.Path)] : [leaf.Field],
        AndRule and => and.Rules.SelectMany(Paths),
        OrRule or => or.Rules.SelectMany(Paths),
        NotRule not => Paths(not.Rule),
        _ => [],
    };

    private void CheckActions(IEnumerable<ActionDefinition> actions, EntityDefinition entity, StateMachineDefinition machine, string path)
    {
        var i = 0;
        foreach (var action in actions)
        {
            if (action is AssignAction assign)
            {
                var field = entity.FindField(assign.Field);
                if (field is null)
                {
                    Report(DiagnosticCatalog.InvalidAction, $"{path}/{i}", $"The action assigns '{assign.Field}', which is not a field of {entity.Name}; assign one of: {string.Join(", ", entity.Fields.Where(f => !f.IsStateField).Select(f => f.Key))}.");
                }
                else if (field.Key == machine.StatusField)
                {
                    Report(DiagnosticCatalog.InvalidAction, $"{path}/{i}", $"The action assigns '{assign.Field}', the field the state machine drives; the transition's target sets it.");
                }
            }

            i++;
        }
    }
}
