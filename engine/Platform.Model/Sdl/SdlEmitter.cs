using Platform.Model.Definitions;
using Platform.Model.Naming;

namespace Platform.Model.Sdl;

/// <summary>
/// Emits a module's GraphQL exactly per ARCHITECTURE.md § GraphQL API conventions: per entity the
/// object type, enum types, filter and sort inputs, connection and edge, create input and patch
/// (never id, organization, version, timestamps, FSM-driven fields), the FSM event enum, the change
/// payload, and extensions of Query, Mutation and Subscription; module commands become mutations
/// and module queries query fields.
/// </summary>
public static partial class SdlEmitter
{
    private const string ConnectionArguments = "where: {0}Filter, order: [{0}Sort!], first: Int, after: String, last: Int, before: String";

    /// <summary>The SDL of <paramref name="module"/>.</summary>
    public static ModuleSdl Emit(ModuleDefinition module)
    {
        var types = new List<SdlType>();
        var query = new List<SdlField>();
        var mutation = new List<SdlField>();
        var subscription = new List<SdlField>();
        var crossModule = new List<SdlType>();
        foreach (var entity in module.Entities)
        {
            var origin = $"entity:{entity.Name}";
            var machine = entity.StateMachine is null ? null : module.FindStateMachine(entity.StateMachine);
            types.Add(ObjectType(module, entity, machine, crossModule));
            types.AddRange(EnumTypes(entity));
            if (machine is not null && machine.Events.Count > 0)
            {
                types.Add(new SdlType(SdlTypeKind.Enum, ApiNames.EventEnum(entity), new(machine.Events.Select(e => new SdlField(Names.ToUpperSnake(e), "", Origin: $"fsm:{machine.Id}"))))
                {
                    Description = $"The events of the {machine.Id} state machine.",
                    Origin = $"fsm:{machine.Id}",
                });
            }

            types.Add(FilterInput(entity));
            types.Add(SortInput(entity));
            types.Add(new SdlType(SdlTypeKind.ObjectType, entity.Name + "Connection",
                [new("edges", $"[{entity.Name}Edge!]!"), new("nodes", $"[{entity.Name}!]!"), new("pageInfo", "PageInfo!"), new("totalCount", "Int!")]) { Origin = origin });
            types.Add(new SdlType(SdlTypeKind.ObjectType, entity.Name + "Edge", [new("cursor", "String!"), new("node", $"{entity.Name}!")]) { Origin = origin });
            types.Add(InputType(entity, "Create" + entity.Name + "Input", create: true));
            if (!entity.AppendOnly)
            {
                types.Add(InputType(entity, entity.Name + "Patch", create: false));
            }

            if (entity.RealtimeChannel is not null)
            {
                types.Add(new SdlType(SdlTypeKind.ObjectType, entity.Name + "Change",
                    [new("kind", "ChangeKind!"), new(ApiNames.ByIdField(entity), entity.Name), new("changedFields", "[String!]!")]) { Origin = origin });
            }

            var single = ApiNames.ByIdField(entity);
            query.Add(new SdlField(single, entity.Name, "id: ID!", $"The {entity.Name} with this id; null when absent, deleted or of another organization.", origin));
            query.Add(new SdlField(ApiNames.ListField(entity), entity.Name + "Connection!", string.Format(System.Globalization.CultureInfo.InvariantCulture, ConnectionArguments, entity.Name), null, origin));
            mutation.Add(new SdlField("create" + entity.Name, entity.Name + "!", $"input: Create{entity.Name}Input!", null, origin));
            if (!entity.AppendOnly)
            {
                mutation.Add(new SdlField("update" + entity.Name, entity.Name + "!", $"id: ID!, patch: {entity.Name}Patch!, expectedVersion: Int", null, origin));
                mutation.Add(new SdlField("delete" + entity.Name, entity.Name + "!", "id: ID!, expectedVersion: Int", entity.SoftDelete ? "Marks the entity deleted; restore brings it back." : "Deletes the entity.", origin));
            }

            if (entity.SoftDelete)
            {
                mutation.Add(new SdlField("restore" + entity.Name, entity.Name + "!", "id: ID!", null, origin));
            }

            if (machine is not null && machine.Events.Count > 0)
            {
                mutation.Add(new SdlField($"fire{entity.Name}Event", entity.Name + "!", $"id: ID!, event: {ApiNames.EventEnum(entity)}!, payload: JSON, expectedVersion: Int", null, $"fsm:{machine.Id}"));
            }

            if (entity.RealtimeChannel is not null)
            {
                // Only entities that broadcast their changes (the manifest's realtime) can be subscribed to.
                subscription.Add(new SdlField(single + "Changed", entity.Name + "Change!", $"where: {entity.Name}Filter", $"Committed changes of {ApiNames.ListField(entity)} of the caller's organization that match where.", origin));
            }
        }

        AddOperations(module, module.Commands, "commands", mutation, types);
        AddOperations(module, module.Queries, "queries", query, types);

        void Extend(string root, List<SdlField> fields)
        {
            if (fields.Count > 0)
            {
                types.Add(new SdlType(SdlTypeKind.ObjectType, root, new(fields)) { IsExtension = true, Origin = "module" });
            }
        }

        Extend("Query", query);
        Extend("Mutation", mutation);
        Extend("Subscription", subscription);
        types.AddRange(crossModule);
        return new ModuleSdl(module.Id, new(types));
    }

    private static void AddOperations(ModuleDefinition module, IEnumerable<OperationDefinition> operations, string kind, List<SdlField> root, List<SdlType> types)
    {
        foreach (var operation in operations)
        {
            var origin = $"module/{kind}/{operation.Name}";
            var arguments = "";
            if (!operation.Input.IsEmpty)
            {
                var inputName = Names.ToPascalCase(operation.Name) + "Input";
                types.Add(new SdlType(SdlTypeKind.Input, inputName, new(operation.Input.Select(f => new SdlField(InputFieldName(f), InputType(null, f, f.Required && f.Default is null), "", f.Description, $"{origin}/field:{f.Key}"))))
                {
                    Origin = origin,
                });
                arguments = $"input: {inputName}!";
            }

            var returns = operation.Returns is null ? "JSON" : ApiNames.RefEntityName(new FieldDefinition("x", FieldType.Ref) { RefEntity = operation.Returns }) + "!";
            root.Add(new SdlField(operation.Name, returns, arguments, operation.Description ?? $"The {module.Id}.{operation.Name} {kind.TrimEnd('s').Replace("querie", "query")}.", origin));
        }
    }
}
