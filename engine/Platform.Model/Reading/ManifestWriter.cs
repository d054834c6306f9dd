using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Rules;
using Platform.Model.StateMachines;
using Platform.Model.Values;

namespace Platform.Model.Reading;

/// <summary>
/// Writes a compiled module back as manifests — JSON, every default spelled out, tables and id
/// prefixes resolved — the normalized manifest a module assembly embeds. Reading them back with
/// <see cref="Checks.ManifestCompiler"/> gives an equal <see cref="ModuleDefinition"/>, so the host
/// serves a compiled module and a folder of manifests through the same path.
/// </summary>
public static class ManifestWriter
{
    /// <summary>The normalized manifest files: <c>module.json</c>, one <c>*.entity.json</c> per entity and one <c>*.fsm.json</c> per machine.</summary>
    public static IReadOnlyList<ManifestFile> Write(ModuleDefinition module)
    {
        var files = new List<ManifestFile> { new("module.json", PlainJson.Write(Module(module))) };
        files.AddRange(module.Entities.Select(e => new ManifestFile(Names.ToSnakeCase(e.Name).Replace('_', '-') + ".entity.json", PlainJson.Write(Entity(e)))));
        files.AddRange(module.StateMachines.Select(m => new ManifestFile(m.Id + ".fsm.json", PlainJson.Write(Machine(m)))));
        return files;
    }

    private static ValueMap Module(ModuleDefinition module)
    {
        var map = new Map { ["id"] = module.Id, ["version"] = module.Version };
        map.Optional("description", module.Description);
        map["tablePrefix"] = SqlNames.TablePrefix(module);
        map["dependsOn"] = new ValueList(module.DependsOn);
        map["events"] = new ValueList(module.Events);
        map["commands"] = Operations(module.Commands);
        map["queries"] = Operations(module.Queries);
        map["jobs"] = new ValueMap(module.Jobs.Select(j =>
        {
            var job = new Map();
            job.Optional("description", j.Description);
            job.Optional("cron", j.Cron);
            job.Optional("timeZone", j.TimeZone);
            job["attempts"] = (long)j.Attempts;
            job.Optional("timeout", j.Timeout is { } timeout ? Durations.Format(timeout) : null);
            return Pair(j.Name, job.ToValueMap());
        }));
        map["config"] = module.DefaultConfig;
        return map.ToValueMap();
    }

    private static ValueMap Operations(IEnumerable<OperationDefinition> operations) => new(operations.Select(o =>
    {
        var map = new Map();
        map.Optional("description", o.Description);
        map["input"] = Fields(o.Input);
        map.Optional("returns", o.Returns);
        map.Optional("permission", o.Permission);
        return Pair(o.Name, map.ToValueMap());
    }));

    private static ValueMap Entity(EntityDefinition entity)
    {
        var map = new Map { ["name"] = entity.Name };
        map.Optional("description", entity.Description);
        map.Optional("table", entity.Table);
        map.Optional("idPrefix", entity.IdPrefix);
        map["softDelete"] = entity.SoftDelete;
        map["timestamps"] = entity.Timestamps;
        map["versioned"] = entity.Versioned;
        map["searchSync"] = entity.SearchSync;
        map.Optional("realtime", entity.RealtimeChannel);
        map.Optional("stateMachine", entity.StateMachine);
        map["statusField"] = entity.StatusField;
        map["tenantRoot"] = entity.TenantRoot;
        map["appendOnly"] = entity.AppendOnly;
        map.Optional("renamedFrom", entity.RenamedFrom);
        map["fields"] = Fields(entity.Fields);
        map["indexes"] = new ValueList(entity.Indexes.Select(i =>
        {
            var index = new Map { ["fields"] = new ValueList(i.Fields) };
            index.Optional("name", i.Name);
            index["unique"] = i.Unique;
            index["global"] = i.Global;
            index.Optional("where", i.Where);
            index["method"] = i.Method == IndexMethod.Gin ? "gin" : "btree";
            return index.ToValueMap();
        }));
        return map.ToValueMap();
    }

    private static ValueMap Fields(IEnumerable<FieldDefinition> fields) => new(fields.Select(f =>
    {
        var map = new Map { ["type"] = FieldTypes.NameOf(f.Type) };
        map.Optional("label", f.Label);
        map.Optional("description", f.Description);
        map["required"] = f.Required;
        map["unique"] = f.Unique;
        map["indexed"] = f.Indexed;
        map["searchable"] = f.Searchable;
        map["sensitive"] = f.Sensitive;
        map.Optional("default", f.Default);
        map["validators"] = new ValueList(f.Validators.Select(Validator));
        if (f.Type == FieldType.Enum)
        {
            map["values"] = new ValueList(f.EnumValues);
        }

        if (FieldTypes.IsReference(f.Type))
        {
            map.Optional("ref", f.RefEntity);
            map["refField"] = f.RefField;
            map.Optional("inverse", f.Inverse);
        }

        map.Optional("renamedFrom", f.RenamedFrom);
        return Pair(f.Key, map.ToValueMap());
    }));

    private static object Validator(ValidatorSpec validator)
    {
        var name = ValidatorKinds.NameOf(validator.Kind);
        object? argument = validator.Kind == ValidatorKind.Custom ? validator.Name : ValidatorKinds.NeedsArgument(validator.Kind) ? validator.Argument : null;
        if (argument is null && validator.Message is null)
        {
            return name;
        }

        var map = new Map { [name] = argument ?? true };
        map.Optional("message", validator.Message);
        return map.ToValueMap();
    }

    private static ValueMap Machine(StateMachineDefinition machine)
    {
        var map = new Map { ["id"] = machine.Id, ["entity"] = machine.Entity, ["statusField"] = machine.StatusField, ["initial"] = machine.Initial };
        map.Optional("description", machine.Description);
        map["states"] = new ValueMap(machine.States.Select(s =>
        {
            var state = new Map();
            state.Optional("label", s.Label);
            state.Optional("color", s.Color);
            state["terminal"] = s.Terminal;
            state["on"] = new ValueMap(s.Transitions.GroupBy(t => t.Event, StringComparer.Ordinal)
                .Select(g => Pair(g.Key, new ValueList(g.Select(Transition)))));
            state["entry"] = new ValueList(s.Entry.Select(Action));
            state["exit"] = new ValueList(s.Exit.Select(Action));
            state["after"] = new ValueList(s.After.Select(t =>
            {
                var timed = new Map { ["delay"] = Durations.Format(t.Delay), ["target"] = t.Target };
                timed.Optional("guard", t.Guard is null ? null : RuleExprFormat.ToPlain(t.Guard));
                return timed.ToValueMap();
            }));
            return Pair(s.Name, state.ToValueMap());
        }));
        return map.ToValueMap();
    }

    private static ValueMap Transition(TransitionDefinition transition)
    {
        var map = new Map { ["target"] = transition.Target };
        map.Optional("guard", transition.Guard is null ? null : RuleExprFormat.ToPlain(transition.Guard));
        map["actions"] = new ValueList(transition.Actions.Select(Action));
        map.Optional("description", transition.Description);
        map.Optional("permission", transition.Permission);
        return map.ToValueMap();
    }

    private static ValueMap Action(ActionDefinition action) => action switch
    {
        EmitAction emit => emit.Payload is null ? ValueMap.Of(("emit", emit.Event)) : ValueMap.Of(("emit", emit.Event), ("payload", emit.Payload)),
        DispatchAction dispatch => dispatch.Payload is null ? ValueMap.Of(("dispatch", dispatch.Command)) : ValueMap.Of(("dispatch", dispatch.Command), ("payload", dispatch.Payload)),
        AssignAction assign => ValueMap.Of(("assign", assign.Field), ("value", assign.Value is ValueRef r ? ValueMap.Of(("ref", r.Path)) : assign.Value)),
        LogAction log => ValueMap.Of(("log", log.Message)),
        _ => throw new ArgumentException($"Unknown action {action.GetType().Name}.", nameof(action)),
    };

    private static KeyValuePair<string, object?> Pair(string key, object? value) => new(key, value);

    /// <summary>An ordered map under construction.</summary>
    private sealed class Map : List<KeyValuePair<string, object?>>
    {
        public object? this[string key]
        {
            set => Add(new KeyValuePair<string, object?>(key, value));
        }

        public void Optional(string key, object? value)
        {
            if (value is not null)
            {
                this[key] = value;
            }
        }

        public ValueMap ToValueMap() => new(this);
    }
}
