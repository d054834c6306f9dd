using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Naming;
using Platform.Model.Schema;
using Platform.Model.Sdl;

namespace Platform.Model.Checks;

internal sealed partial class ModuleChecks
{
    private void CheckCollisions()
    {
        CheckTables();
        foreach (var entity in module.Entities)
        {
            CheckColumns(entity);
        }

        CheckGraphQL();
    }

    private void CheckTables()
    {
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var other in otherModules ?? [])
        {
            foreach (var entity in other.Entities)
            {
                tables[SqlNames.Table(other, entity)] = $"{other.Id}.{entity.Name}";
            }
        }

        foreach (var entity in module.Entities)
        {
            var table = SqlNames.Table(module, entity);
            var path = entity.Table is null ? $"entity:{entity.Name}" : $"entity:{entity.Name}/table";
            if (tables.TryGetValue(table, out var owner))
            {
                Report(DiagnosticCatalog.TableCollision, path, $"{entity.Name} and {owner} both map to table '{table}'; set 'table:' on one of them.");
            }
            else
            {
                tables[table] = entity.Name;
            }

            if (Names.SqlByteLength(table) > Names.MaxSqlIdentifierBytes)
            {
                Report(DiagnosticCatalog.IdentifierTooLong, path, $"Table name '{table}' is longer than PostgreSQL's {Names.MaxSqlIdentifierBytes} bytes and would be truncated; set a shorter 'table:'.");
            }
        }
    }

    private void CheckColumns(EntityDefinition entity)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in SqlNames.BaseColumns)
        {
            columns[column] = "the base column";
        }

        foreach (var field in entity.Fields.Where(f => !ApiNames.ReservedFieldKeys.Contains(f.Key)))
        {
            foreach (var column in SqlNames.ColumnsOf(field))
            {
                var path = $"entity:{entity.Name}/field:{field.Key}";
                if (columns.TryGetValue(column, out var owner))
                {
                    Report(DiagnosticCatalog.ColumnCollision, path, $"Field '{field.Key}' of {entity.Name} maps to column '{column}', which {owner} already uses; rename the field.");
                }
                else
                {
                    columns[column] = $"field '{field.Key}'";
                }

                if (Names.SqlByteLength(column) > Names.MaxSqlIdentifierBytes)
                {
                    Report(DiagnosticCatalog.IdentifierTooLong, path, $"Column '{column}' is longer than PostgreSQL's {Names.MaxSqlIdentifierBytes} bytes and would be truncated; use a shorter key.");
                }
            }
        }

        var table = SchemaEmitter.EmitTable(module, entity);
        var names = table.Indexes.Select(i => (i.Name, "index"))
            .Concat(table.Checks.Select(c => (c.Name, "constraint")))
            .Concat(table.ForeignKeys.Select(f => (f.Name, "foreign key")))
            .Concat(table.Policy is null ? [] : [(table.Policy.Name, "policy")]);
        foreach (var (name, kind) in names.Where(n => Names.SqlByteLength(n.Name) > Names.MaxSqlIdentifierBytes))
        {
            Report(DiagnosticCatalog.IdentifierTooLong, $"entity:{entity.Name}",
                $"The {kind} name '{name}' of {entity.Name} is longer than PostgreSQL's {Names.MaxSqlIdentifierBytes} bytes and would be truncated; set a shorter 'table:' or give the index a 'name:'.");
        }
    }

    private void CheckGraphQL()
    {
        var sdl = SdlEmitter.Emit(module);
        var typeOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in BaseSdl.TypeNames)
        {
            typeOwners[name] = "the platform's base schema";
        }

        foreach (var other in otherModules ?? [])
        {
            foreach (var type in SdlEmitter.Emit(other).Types.Where(t => !t.IsExtension))
            {
                typeOwners[type.Name] = $"module '{other.Id}'";
            }
        }

        foreach (var type in sdl.Types.Where(t => !t.IsExtension))
        {
            if (typeOwners.TryGetValue(type.Name, out var owner))
            {
                Report(DiagnosticCatalog.GraphQLTypeCollision, type.Origin ?? "module",
                    $"The generated GraphQL type '{type.Name}' is already defined by {Describe(owner)}; rename the entity or field it comes from.");
            }
            else
            {
                typeOwners[type.Name] = type.Origin ?? "this module";
            }
        }

        // Enum values are checked per field (PLAT206).
        foreach (var group in sdl.Types.Where(t => t.Kind != SdlTypeKind.Enum).GroupBy(t => t.Name, StringComparer.Ordinal))
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (root, field) in BaseSdl.RootFields.Where(r => r.Type == group.Key))
            {
                fields[field] = "the platform's base schema";
            }

            foreach (var field in group.SelectMany(t => t.Fields))
            {
                if (fields.TryGetValue(field.Name, out var owner))
                {
                    var hint = field.Origin?.EndsWith("/inverse", StringComparison.Ordinal) == true ? " Set 'inverse:' on the reference to name its reverse connection." : " Rename one of them.";
                    Report(DiagnosticCatalog.GraphQLFieldCollision, field.Origin ?? group.First().Origin ?? "module",
                        $"The GraphQL field '{group.Key}.{field.Name}' is generated twice (also from {Describe(owner)}).{hint}");
                }
                else
                {
                    fields[field.Name] = field.Origin ?? "";
                }
            }
        }
    }

    /// <summary>Names the manifest part an origin path points at, for messages.</summary>
    private static string Describe(string origin)
    {
        var parts = origin.Split('/');
        var head = parts[0];
        if (head.StartsWith("fsm:", StringComparison.Ordinal))
        {
            return $"state machine '{head.Substring("fsm:".Length)}'";
        }

        if (head == "module" && parts.Length >= 3)
        {
            return $"{(parts[1] == "queries" ? "query" : "command")} '{parts[2]}'";
        }

        if (!head.StartsWith("entity:", StringComparison.Ordinal))
        {
            return origin;
        }

        var entity = head.Substring("entity:".Length);
        if (parts.Length == 1)
        {
            return $"entity '{entity}'";
        }

        var field = $"'{entity}.{parts[1].Substring(parts[1].IndexOf(':') + 1)}'";
        return parts.Length > 2 && parts[2] == "inverse" ? $"the reverse connection of {field}" : $"field {field}";
    }
}
