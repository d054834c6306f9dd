using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Naming;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Model.Values;

namespace Platform.Model.Checks;

internal sealed partial class ModuleChecks
{
    private void CheckEntity(EntityDefinition entity)
    {
        var path = $"entity:{entity.Name}";
        if (entity.Name.Length > 0 && !Names.IsEntityName(entity.Name))
        {
            Report(DiagnosticCatalog.InvalidIdentifier, path, $"Entity name '{entity.Name}' is not valid: use PascalCase letters and digits, e.g. 'PriceList'.");
        }

        // A table derived from an invalid module id or prefix is already reported on the module.
        var derivedFromInvalidModule = module.TablePrefix is null ? !Names.IsModuleId(module.Id) : !Names.IsSqlName(module.TablePrefix);
        if (entity.Table is { } table && !Names.IsSqlName(table) && !(derivedFromInvalidModule && table == SqlNames.Table(module, entity with { Table = null })))
        {
            Report(DiagnosticCatalog.InvalidIdentifier, path + "/table", $"Table name '{table}' is not a SQL name; use lower-case letters, digits and '_', e.g. 'cat_items'.");
        }

        if (entity.IdPrefix is { } prefix && !Names.IsModuleId(prefix))
        {
            Report(DiagnosticCatalog.InvalidIdentifier, path + "/idPrefix", $"Id prefix '{prefix}' is not valid: use lower-case letters and digits, e.g. 'item' (ids look like item_01J…).");
        }

        if (entity.StateMachine is { } machine && module.FindStateMachine(machine) is null)
        {
            Report(DiagnosticCatalog.MachineBinding, path + "/stateMachine",
                $"Entity '{entity.Name}' names state machine '{machine}', which the module does not declare; add {machine}.fsm.yaml or remove 'stateMachine'.");
        }

        foreach (var field in entity.Fields)
        {
            var fieldPath = $"{path}/field:{field.Key}";
            if (ApiNames.ReservedFieldKeys.Contains(field.Key))
            {
                Report(DiagnosticCatalog.ReservedName, fieldPath,
                    $"Field '{field.Key}' of {entity.Name} uses a reserved name; every entity already has id, organizationId, createdAt, updatedAt, deletedAt, version and meta, and and/or/not/availableEvents are generated. Rename it.");
                continue;
            }

            CheckFieldShape(entity, field, fieldPath);
        }

        for (var i = 0; i < entity.Indexes.Count; i++)
        {
            CheckIndex(entity, entity.Indexes[i], $"{path}/index:{i}");
        }
    }

    /// <summary>Checks a field of an entity or of a command input (<paramref name="entity"/> null).</summary>
    private void CheckFieldShape(EntityDefinition? entity, FieldDefinition field, string path)
    {
        if (!Names.IsMemberName(field.Key))
        {
            Report(DiagnosticCatalog.InvalidIdentifier, path, $"Field key '{field.Key}' is not valid: use camelCase letters and digits, e.g. 'categoryId'; the column is its snake_case form.");
        }

        if (field.Type == FieldType.Enum)
        {
            CheckEnumValues(field, path);
        }
        else if (!field.EnumValues.IsEmpty)
        {
            Report(DiagnosticCatalog.InvalidValue, path + "/values", $"Field '{field.Key}' has 'values' but is of type '{FieldTypes.NameOf(field.Type)}'; set 'type: enum' or remove 'values'.");
        }

        if (FieldTypes.IsReference(field.Type))
        {
            CheckReference(field, path);
        }
        else if (field.RefEntity is not null || field.Inverse is not null)
        {
            Report(DiagnosticCatalog.InvalidValue, path + (field.RefEntity is null ? "/inverse" : "/ref"),
                $"Field '{field.Key}' has 'ref'/'inverse' but is of type '{FieldTypes.NameOf(field.Type)}'; set 'type: ref' (or 'ref[]') or remove them.");
        }

        for (var i = 0; i < field.Validators.Count; i++)
        {
            var validator = field.Validators[i];
            if (!ValidatorKinds.AppliesTo(validator.Kind, field.Type))
            {
                Report(DiagnosticCatalog.InvalidValidator, $"{path}/validators/{i}",
                    $"Validator '{ValidatorKinds.NameOf(validator.Kind)}' does not apply to field '{field.Key}' of type '{FieldTypes.NameOf(field.Type)}'; remove it or change the type.");
            }
        }

        if (field.Default is not null && DefaultProblem(field) is { } problem)
        {
            Report(DiagnosticCatalog.InvalidDefault, path + "/default", $"The default of field '{field.Key}' {problem}");
        }

        if (entity is not null && field.Unique && (field.Type is FieldType.Json or FieldType.RefList || FieldTypes.IsGeo(field.Type)))
        {
            Report(DiagnosticCatalog.InvalidIndex, path, $"Field '{field.Key}' of type '{FieldTypes.NameOf(field.Type)}' cannot be unique; remove 'unique' (use 'indexed' for a GIN index on JSON).");
        }
    }

    private void CheckEnumValues(FieldDefinition field, string path)
    {
        if (field.EnumValues.IsEmpty)
        {
            Report(DiagnosticCatalog.EnumWithoutValues, path, $"Enum field '{field.Key}' has no values; add 'values: [draft, active]'.");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var graphQLNames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < field.EnumValues.Count; i++)
        {
            var value = field.EnumValues[i];
            var valuePath = $"{path}/values/{i}";
            if (!Names.IsEnumValue(value))
            {
                Report(DiagnosticCatalog.InvalidIdentifier, valuePath, $"Enum value '{value}' of field '{field.Key}' is not valid: use letters and digits, words joined by '_', '-' or a space.");
                continue;
            }

            if (!seen.Add(value))
            {
                Report(DiagnosticCatalog.DuplicateName, valuePath, $"Enum value '{value}' of field '{field.Key}' is listed twice; remove one.");
                continue;
            }

            var name = Names.ToUpperSnake(value);
            if (graphQLNames.TryGetValue(name, out var other))
            {
                Report(DiagnosticCatalog.EnumValueCollision, valuePath,
                    $"Enum values '{other}' and '{value}' of field '{field.Key}' are both {name} in GraphQL; keep one spelling.");
            }
            else
            {
                graphQLNames[name] = value;
            }
        }
    }

    private void CheckReference(FieldDefinition field, string path)
    {
        if (field.RefEntity is null)
        {
            Report(DiagnosticCatalog.MissingProperty, path, $"Reference field '{field.Key}' needs 'ref', the entity it points to: 'ref: Category' or 'ref: othermodule.Entity'.");
            return;
        }

        if (ResolveEntity(field.RefEntity) is null)
        {
            Report(DiagnosticCatalog.UnknownReference, path + "/ref", UnknownEntityMessage($"Field '{field.Key}' refers to", field.RefEntity));
        }

        if (field.Inverse is { } inverse && !Names.IsMemberName(inverse))
        {
            Report(DiagnosticCatalog.InvalidIdentifier, path + "/inverse", $"Inverse name '{inverse}' is not valid: use camelCase, e.g. 'items'.");
        }
    }

    /// <summary>
    /// The entity a reference names, when it can be seen: <c>Entity</c> in this module, or
    /// <c>module.Entity</c> in a declared dependency. A dependency the caller cannot see counts as resolved.
    /// </summary>
    private object? ResolveEntity(string reference)
    {
        var dot = reference.LastIndexOf('.');
        if (dot < 0)
        {
            return module.FindEntity(reference);
        }

        var target = reference.Substring(0, dot);
        var name = reference.Substring(dot + 1);
        if (target == module.Id)
        {
            return module.FindEntity(name);
        }

        if (!module.DependsOn.Contains(target))
        {
            return null;
        }

        var other = otherModules?.FirstOrDefault(m => m.Id == target);
        return other is null ? reference : other.FindEntity(name);
    }

    private string UnknownEntityMessage(string subject, string reference)
    {
        var dot = reference.LastIndexOf('.');
        if (dot >= 0 && reference.Substring(0, dot) != module.Id && !module.DependsOn.Contains(reference.Substring(0, dot)))
        {
            return $"{subject} '{reference}', but module '{module.Id}' does not depend on '{reference.Substring(0, dot)}'; add it to dependsOn in module.yaml.";
        }

        var names = dot < 0 ? module.Entities.Select(e => e.Name) : (otherModules?.FirstOrDefault(m => m.Id == reference.Substring(0, dot))?.Entities.Select(e => e.Name) ?? []);
        var name = dot < 0 ? reference : reference.Substring(dot + 1);
        var suggestion = Suggestions.Nearest(name, names);
        return $"{subject} '{reference}', which is not an entity of {(dot < 0 ? "this module" : $"module '{reference.Substring(0, dot)}'")}."
            + (suggestion is null ? "" : $" Did you mean '{suggestion}'?")
            + $" Known entities: {string.Join(", ", names)}.";
    }

    private static string? DefaultProblem(FieldDefinition field)
    {
        var value = field.Default;
        string? Expect(bool ok, string what) => ok ? null : $"must be {what}, found {PlainValue.Describe(value)}.";
        return field.Type switch
        {
            FieldType.String or FieldType.Ref => Expect(value is string, "a string"),
            FieldType.Integer => Expect(value is long l && l is >= int.MinValue and <= int.MaxValue, "a whole number within 32 bits"),
            FieldType.Number => Expect(PlainValue.IsNumber(value), "a number"),
            FieldType.Decimal => Expect(PlainValue.IsNumber(value) || (value is string s && decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)), "a number"),
            FieldType.Boolean => Expect(value is bool, "true or false"),
            FieldType.Date => Expect(value is string d && (string.Equals(d, "now", StringComparison.OrdinalIgnoreCase) || DateTimeOffset.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _)), "an ISO-8601 instant or 'now'"),
            FieldType.Enum => value is string e && field.EnumValues.Contains(e) ? null : $"must be one of its values ({string.Join(", ", field.EnumValues)}), found {PlainValue.Describe(value)}.",
            FieldType.RefList => Expect(value is ValueList list && list.All(v => v is string), "a list of ids"),
            FieldType.Money => Expect(value is ValueMap m && m.Count == 2 && m.TryGetValue("amount", out var a) && a is long && m.TryGetValue("currency", out var c) && c is string code && code.Length == 3 && code.All(char.IsUpper), "{ amount: <minor units>, currency: <ISO 4217 code> }"),
            FieldType.GeoPoint or FieldType.GeoPolygon or FieldType.GeoLineString => Expect(value is ValueMap g && g.ContainsKey("type") && g.ContainsKey("coordinates"), "a GeoJSON geometry { type, coordinates }"),
            _ => null,
        };
    }

    private void CheckIndex(EntityDefinition entity, IndexDefinition index, string path)
    {
        if (index.Fields.IsEmpty)
        {
            Report(DiagnosticCatalog.InvalidIndex, path, $"An index of {entity.Name} lists no fields; add 'fields: [a, b]'.");
        }

        foreach (var key in index.Fields)
        {
            var field = entity.FindField(key);
            if (field is null && !SqlNames.BaseFieldKeys.Contains(key))
            {
                var suggestion = Suggestions.Nearest(key, entity.Fields.Select(f => f.Key).Concat(SqlNames.BaseFieldKeys));
                Report(DiagnosticCatalog.InvalidIndex, path + "/fields",
                    $"An index of {entity.Name} names '{key}', which is not a field.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")} Index fields by their manifest keys.");
            }
            else if (index.Method == IndexMethod.Gin && field?.Type is not (FieldType.Json or FieldType.RefList))
            {
                Report(DiagnosticCatalog.InvalidIndex, path + "/fields", $"A GIN index covers JSON and ref[] fields, but '{key}' is not one; drop 'method: gin' or index a JSON field.");
            }
        }

        if (index.Where is { } where && !IndexPredicate.TryTranslate(where, entity, out _, out var error))
        {
            Report(DiagnosticCatalog.InvalidIndexPredicate, path + "/where",
                $"The predicate '{where}' cannot be used: {error}. Write e.g. \"refreshTokenHash IS NOT NULL\" or \"status = 'active'\" over field keys, joined by AND/OR.");
        }
    }
}
