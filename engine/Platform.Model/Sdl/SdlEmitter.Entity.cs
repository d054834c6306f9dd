using System.Globalization;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.StateMachines;

namespace Platform.Model.Sdl;

public static partial class SdlEmitter
{
    private static SdlType ObjectType(ModuleDefinition module, EntityDefinition entity, StateMachineDefinition? machine, List<SdlType> crossModule)
    {
        var origin = $"entity:{entity.Name}";
        var fields = new List<SdlField> { new("id", "ID!", Origin: origin) };
        if (!entity.TenantRoot)
        {
            fields.Add(new SdlField("organizationId", "ID!", Origin: origin));
        }

        foreach (var field in entity.Fields.Where(f => !f.Sensitive))
        {
            var fieldOrigin = $"{origin}/field:{field.Key}";
            if (FieldTypes.IsReference(field.Type))
            {
                fields.Add(new SdlField(ApiNames.RefIdField(field), OutputType(entity, field), "", field.Description, fieldOrigin));
                var target = ApiNames.RefEntityName(field);
                var objectField = new SdlField(ApiNames.RefObjectField(field), field.Type == FieldType.RefList ? $"[{target}!]!" : target, "", null, fieldOrigin);
                var targetModule = ApiNames.RefModule(field);
                if (targetModule is null || targetModule == module.Id)
                {
                    fields.Add(objectField);
                }
                else
                {
                    crossModule.Add(new SdlType(SdlTypeKind.ObjectType, entity.Name, [objectField]) { IsExtension = true, RequiresModule = targetModule, Origin = fieldOrigin });
                }

                continue;
            }

            fields.Add(new SdlField(field.Key, OutputType(entity, field), "", field.Description, fieldOrigin));
        }

        fields.Add(new SdlField("createdAt", "DateTime!", Origin: origin));
        fields.Add(new SdlField("updatedAt", "DateTime!", Origin: origin));
        fields.Add(new SdlField("deletedAt", "DateTime", Origin: origin));
        fields.Add(new SdlField("version", "Int!", Origin: origin));
        fields.Add(new SdlField("meta", "JSON!", Origin: origin));
        if (machine is not null && machine.Events.Count > 0)
        {
            fields.Add(new SdlField("availableEvents", $"[{ApiNames.EventEnum(entity)}!]!", "", "The events the caller may fire now.", $"fsm:{machine.Id}"));
        }

        // Reverse references: every entity of the module that points here gets a connection.
        foreach (var source in module.Entities)
        {
            foreach (var reference in source.Fields.Where(f => f.Type == FieldType.Ref && ApiNames.RefEntityName(f) == entity.Name && (ApiNames.RefModule(f) ?? module.Id) == module.Id))
            {
                fields.Add(new SdlField(ApiNames.Inverse(source, reference), source.Name + "Connection!", string.Format(CultureInfo.InvariantCulture, ConnectionArguments, source.Name),
                    $"The {ApiNames.ListField(source)} whose {ApiNames.RefIdField(reference)} is this {entity.Name}.", $"entity:{source.Name}/field:{reference.Key}/inverse"));
            }
        }

        return new SdlType(SdlTypeKind.ObjectType, entity.Name, new(fields)) { Description = entity.Description, Origin = origin };
    }

    private static IEnumerable<SdlType> EnumTypes(EntityDefinition entity)
    {
        foreach (var field in entity.Fields.Where(f => f.Type == FieldType.Enum && !f.Sensitive))
        {
            var name = ApiNames.EnumType(entity, field);
            var origin = $"entity:{entity.Name}/field:{field.Key}";
            yield return new SdlType(SdlTypeKind.Enum, name, new(field.EnumValues.Select((v, i) => new SdlField(Names.ToUpperSnake(v), "", Origin: $"{origin}/values/{i}")))) { Origin = origin };
            yield return new SdlType(SdlTypeKind.Input, name + "Filter",
                [new("eq", name), new("neq", name), new("in", $"[{name}!]"), new("nin", $"[{name}!]"), new("isNull", "Boolean")]) { Origin = origin };
        }
    }

    private static SdlType FilterInput(EntityDefinition entity)
    {
        var origin = $"entity:{entity.Name}";
        var fields = new List<SdlField> { new("id", "IDFilter", Origin: origin) };
        foreach (var field in entity.Fields.Where(f => !f.Sensitive))
        {
            var name = FieldTypes.IsReference(field.Type) ? ApiNames.RefIdField(field) : field.Key;
            fields.Add(new SdlField(name, FilterType(entity, field), Origin: $"{origin}/field:{field.Key}"));
        }

        fields.Add(new SdlField("createdAt", "DateTimeFilter", Origin: origin));
        fields.Add(new SdlField("updatedAt", "DateTimeFilter", Origin: origin));
        fields.Add(new SdlField("and", $"[{entity.Name}Filter!]", Origin: origin));
        fields.Add(new SdlField("or", $"[{entity.Name}Filter!]", Origin: origin));
        fields.Add(new SdlField("not", $"{entity.Name}Filter", Origin: origin));
        return new SdlType(SdlTypeKind.Input, entity.Name + "Filter", new(fields)) { Origin = origin };
    }

    private static SdlType SortInput(EntityDefinition entity)
    {
        var origin = $"entity:{entity.Name}";
        var fields = new List<SdlField> { new("id", "SortDirection", Origin: origin), new("createdAt", "SortDirection", Origin: origin), new("updatedAt", "SortDirection", Origin: origin) };
        foreach (var field in SortableFields(entity))
        {
            fields.Add(new SdlField(FieldTypes.IsReference(field.Type) ? ApiNames.RefIdField(field) : field.Key, "SortDirection", Origin: $"{origin}/field:{field.Key}"));
        }

        return new SdlType(SdlTypeKind.Input, entity.Name + "Sort", new(fields)) { Description = $"One sort key of {entity.Name} lists; set exactly one field. id breaks ties.", Origin = origin };
    }

    /// <summary>The fields a list may be sorted on: indexed, unique or covered by a B-tree index, of an ordered type, not sensitive.</summary>
    public static IEnumerable<FieldDefinition> SortableFields(EntityDefinition entity)
    {
        var indexed = new HashSet<string>(entity.Indexes.Where(i => i.Method == IndexMethod.BTree).SelectMany(i => i.Fields), StringComparer.Ordinal);
        return entity.Fields.Where(f => !f.Sensitive && (f.Indexed || f.Unique || indexed.Contains(f.Key) || f.Type == FieldType.Ref)
            && f.Type is not (FieldType.Json or FieldType.RefList or FieldType.GeoPoint or FieldType.GeoPolygon or FieldType.GeoLineString));
    }

    private static SdlType InputType(EntityDefinition entity, string name, bool create)
    {
        var origin = $"entity:{entity.Name}";
        var fields = entity.Fields
            .Where(f => !f.IsStateField)
            .Select(f => new SdlField(InputFieldName(f), InputType(entity, f, create && f.Required && f.Default is null), "", f.Description, $"{origin}/field:{f.Key}"))
            .ToList();
        return new SdlType(SdlTypeKind.Input, name, new(fields)) { Origin = origin };
    }

    private static string InputFieldName(FieldDefinition field) => FieldTypes.IsReference(field.Type) ? ApiNames.RefIdField(field) : field.Key;

    /// <remarks>Command inputs have no entity to name an enum after, so their enum fields take the stored value as a String.</remarks>
    private static string InputType(EntityDefinition? entity, FieldDefinition field, bool nonNull)
    {
        var type = field.Type switch
        {
            FieldType.Money => "MoneyInput",
            FieldType.RefList => "[ID!]",
            FieldType.Ref => "ID",
            FieldType.Enum => entity is null ? "String" : ApiNames.EnumType(entity, field),
            _ => ScalarType(field.Type),
        };
        return nonNull ? type + "!" : type;
    }

    private static string OutputType(EntityDefinition entity, FieldDefinition field)
    {
        var type = field.Type switch
        {
            FieldType.Enum => ApiNames.EnumType(entity, field),
            FieldType.Money => "Money",
            FieldType.Ref => "ID",
            FieldType.RefList => "[ID!]",
            _ => ScalarType(field.Type),
        };
        return field.Required || field.Type == FieldType.RefList ? type + "!" : type;
    }

    private static string FilterType(EntityDefinition entity, FieldDefinition field) => field.Type switch
    {
        FieldType.String => "StringFilter",
        FieldType.Integer => "IntFilter",
        FieldType.Number => "FloatFilter",
        FieldType.Decimal => "DecimalFilter",
        FieldType.Boolean => "BooleanFilter",
        FieldType.Date => "DateTimeFilter",
        FieldType.Enum => ApiNames.EnumType(entity, field) + "Filter",
        FieldType.Ref => "IDFilter",
        FieldType.RefList => "IDListFilter",
        FieldType.Json => "JSONFilter",
        FieldType.Money => "MoneyFilter",
        _ => "GeoFilter",
    };

    private static string ScalarType(FieldType type) => type switch
    {
        FieldType.String => "String",
        FieldType.Integer => "Int",
        FieldType.Number => "Float",
        FieldType.Decimal => "Decimal",
        FieldType.Boolean => "Boolean",
        FieldType.Date => "DateTime",
        FieldType.Json => "JSON",
        _ => "GeoJSON",
    };
}
