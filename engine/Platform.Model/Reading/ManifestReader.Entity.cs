using Platform.Model.Collections;
using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Values;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Reading;

public static partial class ManifestReader
{
    private static readonly string[] EntityKeys =
        ["name", "description", "table", "idPrefix", "softDelete", "timestamps", "versioned", "searchSync", "realtime", "stateMachine", "statusField", "renamedFrom", "tenantRoot", "appendOnly", "fields", "indexes"];

    private static readonly string[] FieldKeys =
        ["type", "label", "description", "required", "unique", "indexed", "searchable", "sensitive", "default", "validators", "values", "ref", "refField", "inverse", "renamedFrom"];

    private static readonly string[] IndexKeys = ["fields", "name", "unique", "where", "method", "global"];

    private static ParsedManifest ReadEntity(YamlMappingNode root, ReadContext context, string path)
    {
        var reader = new MappingReader(context, root, "the entity manifest", EntityKeys);
        var name = reader.String("name", required: true) ?? "";
        var prefix = $"entity:{name}";
        context.Locate(prefix, reader.Get("name") ?? root);
        foreach (var key in new[] { "table", "idPrefix", "stateMachine", "statusField", "realtime" })
        {
            LocateKey(context, reader, key, $"{prefix}/{key}");
        }

        var fields = reader.Mapping("fields");
        if (fields is null && reader.Get("fields") is null)
        {
            context.Report(DiagnosticCatalog.MissingProperty, root, $"The entity '{name}' needs 'fields'; declare at least one field.");
        }

        var appendOnly = reader.Bool("appendOnly") ?? false;
        if (appendOnly && reader.Bool("softDelete") == true)
        {
            context.Report(DiagnosticCatalog.InvalidValue, reader.Get("softDelete")!, $"The entity '{name}' is append-only, so its rows are never deleted; remove 'softDelete: true'.");
        }

        var entity = new EntityDefinition(name, "")
        {
            TenantRoot = reader.Bool("tenantRoot") ?? false,
            AppendOnly = appendOnly,
            Description = reader.String("description"),
            Table = reader.String("table"),
            IdPrefix = reader.String("idPrefix"),
            SoftDelete = !appendOnly && (reader.Bool("softDelete") ?? true),
            Timestamps = reader.Bool("timestamps") ?? true,
            Versioned = reader.Bool("versioned") ?? true,
            SearchSync = reader.Bool("searchSync") ?? false,
            RealtimeChannel = ReadRealtime(reader, context),
            StateMachine = reader.String("stateMachine"),
            StatusField = reader.String("statusField") ?? "status",
            RenamedFrom = reader.String("renamedFrom"),
            Fields = fields is null ? default : ReadFields(fields, context, prefix),
            Indexes = ReadIndexes(reader, context, prefix),
        };
        return new ParsedManifest(path, ManifestKind.Entity) { Entity = entity };
    }

    private static string? ReadRealtime(MappingReader reader, ReadContext context)
    {
        var node = reader.Get("realtime");
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar when PlainScalars.ToPlain(scalar) is bool enabled:
                return enabled ? "org" : null;
            case YamlScalarNode scalar when PlainScalars.ToPlain(scalar) is string channel:
                return channel;
            case YamlMappingNode mapping:
                return new MappingReader(context, mapping, "'realtime'", "channel").String("channel", required: true);
            default:
                context.Report(DiagnosticCatalog.InvalidValue, node, "'realtime' must be true, a channel scope such as 'org', or { channel: … }.");
                return null;
        }
    }

    private static EquatableArray<FieldDefinition> ReadFields(YamlMappingNode fields, ReadContext context, string owner)
    {
        var result = new List<FieldDefinition>();
        foreach (var entry in fields.Children)
        {
            var key = ((YamlScalarNode)entry.Key).Value ?? "";
            var path = $"{owner}/field:{key}";
            context.Locate(path, entry.Key);
            if (entry.Value is YamlScalarNode { Value: { Length: > 0 } shorthand } && PlainScalars.ToPlain(entry.Value) is string)
            {
                // `name: string` is shorthand for `name: { type: string }`.
                context.Locate(path + "/type", entry.Value);
                result.Add(new FieldDefinition(key, ReadFieldType(shorthand, entry.Value, context, key)));
                continue;
            }

            if (entry.Value is not YamlMappingNode body)
            {
                context.Report(DiagnosticCatalog.InvalidValue, entry.Value, $"Field '{key}' must be a type name or a mapping with 'type'.");
                continue;
            }

            result.Add(ReadField(key, body, context, path));
        }

        return new(result);
    }

    private static FieldDefinition ReadField(string key, YamlMappingNode body, ReadContext context, string path)
    {
        var field = new MappingReader(context, body, $"field '{key}'", FieldKeys);
        foreach (var part in new[] { "type", "ref", "default", "values", "inverse", "refField" })
        {
            LocateKey(context, field, part, $"{path}/{part}");
        }

        var typeName = field.String("type", required: true);
        var type = typeName is null ? FieldType.Json : ReadFieldType(typeName, field.Get("type")!, context, key);
        var values = field.StringList("values");
        if (field.Sequence("values") is { } valueNodes)
        {
            for (var i = 0; i < valueNodes.Children.Count; i++)
            {
                context.Locate($"{path}/values/{i}", valueNodes.Children[i]);
            }
        }

        return new FieldDefinition(key, type)
        {
            Label = field.String("label"),
            Description = field.String("description"),
            Required = field.Bool("required") ?? false,
            Unique = field.Bool("unique") ?? false,
            Indexed = field.Bool("indexed") ?? false,
            Searchable = field.Bool("searchable") ?? false,
            Sensitive = field.Bool("sensitive") ?? false,
            Default = field.Get("default") is { } value ? PlainScalars.ToPlain(value) : null,
            Validators = ReadValidators(field, context, key, path),
            EnumValues = new(values),
            RefEntity = field.String("ref"),
            RefField = field.String("refField") ?? "id",
            Inverse = field.String("inverse"),
            RenamedFrom = field.String("renamedFrom"),
        };
    }

    private static FieldType ReadFieldType(string name, YamlNode node, ReadContext context, string key)
    {
        if (FieldTypes.TryParse(name, out var type))
        {
            return type;
        }

        var suggestion = Suggestions.Nearest(name, FieldTypes.All);
        var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
        context.Report(DiagnosticCatalog.UnknownFieldType, node, $"Field '{key}' has unknown type '{name}'.{hint} Known types: {string.Join(", ", FieldTypes.All)}.");
        return FieldType.Json;
    }

    private static EquatableArray<ValidatorSpec> ReadValidators(MappingReader field, ReadContext context, string key, string path)
    {
        var sequence = field.Sequence("validators");
        if (sequence is null)
        {
            return default;
        }

        var result = new List<ValidatorSpec>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var node = sequence.Children[i];
            context.Locate($"{path}/validators/{i}", node);
            if (ReadValidator(node, context, key) is { } validator)
            {
                result.Add(validator);
            }
        }

        return new(result);
    }

    private static ValidatorSpec? ReadValidator(YamlNode node, ReadContext context, string key)
    {
        // `- email` or `- maxLength: 200` (optionally with `message:`), `- custom: sku-format`.
        string? name = null;
        object? argument = null;
        string? message = null;
        YamlNode nameNode = node;
        if (node is YamlScalarNode { Value: { } text })
        {
            name = text;
        }
        else if (node is YamlMappingNode mapping)
        {
            foreach (var entry in mapping.Children)
            {
                var entryKey = ((YamlScalarNode)entry.Key).Value ?? "";
                if (entryKey == "message")
                {
                    message = (entry.Value as YamlScalarNode)?.Value;
                }
                else if (name is null)
                {
                    name = entryKey;
                    nameNode = entry.Key;
                    argument = PlainScalars.ToPlain(entry.Value);
                }
                else
                {
                    context.Report(DiagnosticCatalog.InvalidValidator, entry.Key, $"A validator of field '{key}' names two validators ('{name}' and '{entryKey}'); give each its own list item.");
                }
            }
        }

        if (name is null || !ValidatorKinds.TryParse(name, out var kind))
        {
            var suggestion = name is null ? null : Suggestions.Nearest(name, ValidatorKinds.All);
            var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
            context.Report(DiagnosticCatalog.InvalidValidator, nameNode,
                $"Field '{key}' has unknown validator '{name}'.{hint} Known validators: {string.Join(", ", ValidatorKinds.All)}.");
            return null;
        }

        if (kind == ValidatorKind.Custom)
        {
            return argument is string custom
                ? new ValidatorSpec(kind, null, message, custom)
                : Invalid(context, nameNode, $"The custom validator of field '{key}' needs the registered name: '- custom: sku-format'.");
        }

        if (ValidatorKinds.NeedsArgument(kind))
        {
            var ok = kind == ValidatorKind.Pattern ? argument is string : PlainValue.IsNumber(argument);
            if (!ok)
            {
                var expected = kind == ValidatorKind.Pattern ? "a regular expression" : "a number";
                return Invalid(context, nameNode, $"Validator '{name}' of field '{key}' needs {expected}: '- {name}: …', found {PlainValue.Describe(argument)}.");
            }
        }
        else if (argument is not null and not true)
        {
            return Invalid(context, nameNode, $"Validator '{name}' of field '{key}' takes no argument; write '- {name}'.");
        }

        return new ValidatorSpec(kind, ValidatorKinds.NeedsArgument(kind) ? argument : null, message);
    }

    private static ValidatorSpec? Invalid(ReadContext context, YamlNode node, string message)
    {
        context.Report(DiagnosticCatalog.InvalidValidator, node, message);
        return null;
    }

    private static EquatableArray<IndexDefinition> ReadIndexes(MappingReader reader, ReadContext context, string owner)
    {
        var sequence = reader.Sequence("indexes");
        if (sequence is null)
        {
            return default;
        }

        var result = new List<IndexDefinition>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var node = sequence.Children[i];
            var path = $"{owner}/index:{i}";
            context.Locate(path, node);
            if (node is not YamlMappingNode body)
            {
                context.Report(DiagnosticCatalog.InvalidValue, node, "An index must be a mapping: { fields: [a, b], unique: true, where: \"…\", method: gin }.");
                continue;
            }

            var index = new MappingReader(context, body, "an index", IndexKeys);
            LocateKey(context, index, "where", path + "/where");
            LocateKey(context, index, "fields", path + "/fields");
            var fields = index.StringList("fields");
            if (index.Get("fields") is null)
            {
                context.Report(DiagnosticCatalog.MissingProperty, body, "An index needs 'fields', the list of field keys it covers.");
            }

            var method = IndexMethod.BTree;
            if (index.String("method") is { } methodName)
            {
                if (string.Equals(methodName, "gin", StringComparison.OrdinalIgnoreCase))
                {
                    method = IndexMethod.Gin;
                }
                else if (!string.Equals(methodName, "btree", StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(DiagnosticCatalog.InvalidValue, index.Get("method")!, $"Index method '{methodName}' is not supported; use 'btree' (the default) or 'gin'.");
                }
            }

            result.Add(new IndexDefinition(new(fields)) { Name = index.String("name"), Unique = index.Bool("unique") ?? false, Where = index.String("where"), Method = method, Global = index.Bool("global") ?? false });
        }

        return new(result);
    }
}
