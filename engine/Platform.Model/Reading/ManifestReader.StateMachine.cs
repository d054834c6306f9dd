using Platform.Model.Collections;
using Platform.Model.Diagnostics;
using Platform.Model.Rules;
using Platform.Model.StateMachines;
using Platform.Model.Values;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Reading;

public static partial class ManifestReader
{
    private static readonly string[] MachineKeys = ["id", "entity", "statusField", "initial", "description", "states"];
    private static readonly string[] StateKeys = ["label", "color", "terminal", "on", "entry", "exit", "after"];
    private static readonly string[] TransitionKeys = ["target", "guard", "actions", "description", "permission"];
    private static readonly string[] TimedKeys = ["delay", "target", "guard"];

    private static ParsedManifest ReadStateMachine(YamlMappingNode root, ReadContext context, string path)
    {
        var reader = new MappingReader(context, root, "the state machine manifest", MachineKeys);
        var id = reader.String("id", required: true) ?? "";
        var prefix = $"fsm:{id}";
        context.Locate(prefix, reader.Get("id") ?? root);
        foreach (var key in new[] { "entity", "initial", "statusField", "states" })
        {
            LocateKey(context, reader, key, $"{prefix}/{key}");
        }

        var states = new List<StateDefinition>();
        if (reader.Mapping("states") is { } stateNodes)
        {
            foreach (var entry in stateNodes.Children)
            {
                var name = ((YamlScalarNode)entry.Key).Value ?? "";
                var statePath = $"{prefix}/state:{name}";
                context.Locate(statePath, entry.Key);
                states.Add(ReadState(name, entry.Value, context, statePath));
            }
        }
        else if (reader.Get("states") is null)
        {
            context.Report(DiagnosticCatalog.MissingProperty, root, $"The state machine '{id}' needs 'states', a mapping of state names to their transitions.");
        }

        var machine = new StateMachineDefinition(id, reader.String("entity", required: true) ?? "", reader.String("initial") ?? "", new(states))
        {
            StatusField = reader.String("statusField") ?? "status",
            Description = reader.String("description"),
        };
        return new ParsedManifest(path, ManifestKind.StateMachine) { StateMachine = machine };
    }

    private static StateDefinition ReadState(string name, YamlNode node, ReadContext context, string path)
    {
        if (node is YamlScalarNode scalar && MappingReader.IsNull(scalar))
        {
            return new StateDefinition(name);
        }

        if (node is not YamlMappingNode body)
        {
            context.Report(DiagnosticCatalog.InvalidValue, node, $"State '{name}' must be a mapping with 'on', 'entry', 'exit', 'after', 'terminal', 'label' or 'color'.");
            return new StateDefinition(name);
        }

        var state = new MappingReader(context, body, $"state '{name}'", StateKeys);
        var transitions = new List<TransitionDefinition>();
        if (state.Mapping("on") is { } on)
        {
            foreach (var entry in on.Children)
            {
                var eventName = ((YamlScalarNode)entry.Key).Value ?? "";
                var eventPath = $"{path}/on:{eventName}";
                context.Locate(eventPath, entry.Key);
                var items = entry.Value is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[entry.Value];
                for (var i = 0; i < items.Count; i++)
                {
                    if (ReadTransition(eventName, items[i], context, $"{eventPath}/{i}") is { } transition)
                    {
                        transitions.Add(transition);
                    }
                }
            }
        }

        return new StateDefinition(name)
        {
            Label = state.String("label"),
            Color = state.String("color"),
            Terminal = state.Bool("terminal") ?? false,
            Transitions = new(transitions),
            Entry = ReadActions(state.Sequence("entry"), context, $"{path}/entry"),
            Exit = ReadActions(state.Sequence("exit"), context, $"{path}/exit"),
            After = ReadTimed(state.Sequence("after"), context, path),
        };
    }

    private static TransitionDefinition? ReadTransition(string eventName, YamlNode node, ReadContext context, string path)
    {
        context.Locate(path, node);
        if (node is YamlScalarNode { Value: { Length: > 0 } target })
        {
            // `publish: active` is shorthand for `publish: { target: active }`.
            context.Locate(path + "/target", node);
            return new TransitionDefinition(eventName, target);
        }

        if (node is not YamlMappingNode body)
        {
            context.Report(DiagnosticCatalog.InvalidValue, node, $"The transition on '{eventName}' must be a target state or a mapping with 'target'.");
            return null;
        }

        var transition = new MappingReader(context, body, $"the transition on '{eventName}'", TransitionKeys);
        LocateKey(context, transition, "target", path + "/target");
        return new TransitionDefinition(eventName, transition.String("target", required: true) ?? "")
        {
            Guard = ReadGuard(transition.Get("guard"), context, path + "/guard"),
            Actions = ReadActions(transition.Sequence("actions"), context, path + "/actions"),
            Description = transition.String("description"),
            Permission = transition.String("permission"),
        };
    }

    private static EquatableArray<TimedTransitionDefinition> ReadTimed(YamlSequenceNode? sequence, ReadContext context, string statePath)
    {
        if (sequence is null)
        {
            return default;
        }

        var result = new List<TimedTransitionDefinition>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"{statePath}/after:{i}";
            context.Locate(path, sequence.Children[i]);
            if (sequence.Children[i] is not YamlMappingNode body)
            {
                context.Report(DiagnosticCatalog.InvalidValue, sequence.Children[i], "A timed transition must be a mapping: { delay: 7d, target: archived }.");
                continue;
            }

            var timed = new MappingReader(context, body, "a timed transition", TimedKeys);
            LocateKey(context, timed, "target", path + "/target");
            var delayNode = timed.Get("delay");
            var delay = delayNode is null ? null : ReadDuration(delayNode, context, "The delay of a timed transition");
            if (delayNode is null)
            {
                context.Report(DiagnosticCatalog.MissingProperty, body, "A timed transition needs 'delay', e.g. 'delay: 7d'.");
            }

            result.Add(new TimedTransitionDefinition(delay ?? TimeSpan.Zero, timed.String("target", required: true) ?? "")
            {
                Guard = ReadGuard(timed.Get("guard"), context, path + "/guard"),
            });
        }

        return new(result);
    }

    private static RuleExpr? ReadGuard(YamlNode? node, ReadContext context, string path)
    {
        if (node is null)
        {
            return null;
        }

        context.Locate(path, node);
        try
        {
            return RuleExprFormat.FromPlain(PlainScalars.ToPlain(node), "guard");
        }
        catch (RuleFormatException e)
        {
            context.Report(DiagnosticCatalog.InvalidRule, node, $"The guard is not a rule: {e.Message} A rule is {{field, op, value}}, {{and: […]}}, {{or: […]}}, {{not: …}}, {{ref: id}} or {{template: id, params: {{…}}}}.");
            return null;
        }
    }

    private static EquatableArray<ActionDefinition> ReadActions(YamlSequenceNode? sequence, ReadContext context, string path)
    {
        if (sequence is null)
        {
            return default;
        }

        var result = new List<ActionDefinition>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var node = sequence.Children[i];
            context.Locate($"{path}/{i}", node);
            var plain = PlainScalars.ToPlain(node) as ValueMap;
            ActionDefinition? action = plain switch
            {
                not null when plain.TryGetValue("emit", out var e) && e is string emit && OnlyKeys(plain, "emit", "payload") => new EmitAction(emit, plain.TryGetValue("payload", out var p) ? p as ValueMap : null),
                not null when plain.TryGetValue("dispatch", out var d) && d is string dispatch && OnlyKeys(plain, "dispatch", "payload") => new DispatchAction(dispatch, plain.TryGetValue("payload", out var p) ? p as ValueMap : null),
                not null when plain.TryGetValue("assign", out var a) && a is string field && OnlyKeys(plain, "assign", "value") => new AssignAction(field, AssignedValue(plain)),
                not null when plain.TryGetValue("log", out var l) && l is string message && OnlyKeys(plain, "log") => new LogAction(message),
                _ => null,
            };
            if (action is null)
            {
                context.Report(DiagnosticCatalog.InvalidAction, node,
                    "An action must be one of { emit: event, payload: {…} }, { dispatch: module.command, payload: {…} }, { assign: field, value: … } or { log: message }.");
                continue;
            }

            result.Add(action);
        }

        return new(result);
    }

    private static object? AssignedValue(ValueMap action)
    {
        action.TryGetValue("value", out var value);
        return value is ValueMap map && map.Count == 1 && map.TryGetValue("ref", out var path) && path is string p ? new ValueRef(p) : value;
    }

    private static bool OnlyKeys(ValueMap map, params string[] keys) => map.Keys.All(keys.Contains);
}
