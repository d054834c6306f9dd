using Platform.Model.Collections;
using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Values;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Reading;

public static partial class ManifestReader
{
    private static readonly string[] ModuleKeys = ["id", "version", "description", "dependsOn", "tablePrefix", "idPrefixes", "events", "commands", "queries", "jobs", "config"];
    private static readonly string[] OperationKeys = ["description", "input", "returns", "permission"];
    private static readonly string[] JobKeys = ["cron", "timeZone", "description", "attempts", "timeout"];

    private static ParsedManifest ReadModule(YamlMappingNode root, ReadContext context, string path)
    {
        var reader = new MappingReader(context, root, "the module manifest", ModuleKeys);
        context.Locate("module", root);
        var id = reader.String("id", required: true) ?? "";
        var version = reader.String("version", required: true) ?? "";
        LocateKey(context, reader, "id", "module/id");
        LocateKey(context, reader, "version", "module/version");
        LocateKey(context, reader, "tablePrefix", "module/tablePrefix");

        var dependsOn = reader.StringList("dependsOn");
        if (reader.Sequence("dependsOn") is { } dependencies)
        {
            for (var i = 0; i < dependencies.Children.Count; i++)
            {
                context.Locate($"module/dependsOn/{i}", dependencies.Children[i]);
            }
        }

        var idPrefixes = new List<NamedValue>();
        if (reader.Mapping("idPrefixes") is { } prefixes)
        {
            foreach (var entry in prefixes.Children)
            {
                var entity = ((YamlScalarNode)entry.Key).Value ?? "";
                if (entry.Value is YamlScalarNode { Value: { Length: > 0 } prefix })
                {
                    idPrefixes.Add(new NamedValue(entity, prefix));
                    context.Locate($"module/idPrefixes/{entity}", entry.Key);
                }
                else
                {
                    context.Report(DiagnosticCatalog.InvalidValue, entry.Value, $"The id prefix of '{entity}' must be a string such as 'item'.");
                }
            }
        }

        var module = new ModuleDefinition(id, version)
        {
            Description = reader.String("description"),
            TablePrefix = reader.String("tablePrefix"),
            DependsOn = new(dependsOn),
            Events = new(reader.StringList("events")),
            Commands = ReadOperations(reader, context, "commands"),
            Queries = ReadOperations(reader, context, "queries"),
            Jobs = ReadJobs(reader, context),
            DefaultConfig = reader.Mapping("config") is { } config ? (ValueMap)PlainScalars.ToPlain(config)! : ValueMap.Empty,
        };
        return new ParsedManifest(path, ManifestKind.Module) { Module = module, IdPrefixes = new(idPrefixes) };
    }

    private static EquatableArray<OperationDefinition> ReadOperations(MappingReader reader, ReadContext context, string key)
    {
        var mapping = reader.Mapping(key);
        if (mapping is null)
        {
            return default;
        }

        var result = new List<OperationDefinition>();
        foreach (var entry in mapping.Children)
        {
            var name = ((YamlScalarNode)entry.Key).Value ?? "";
            var locationKey = $"module/{key}/{name}";
            context.Locate(locationKey, entry.Key);
            var what = $"{key.TrimEnd('s')} '{name}'";
            if (entry.Value is not YamlMappingNode body)
            {
                if (entry.Value is not YamlScalarNode scalar || !MappingReader.IsNull(scalar))
                {
                    context.Report(DiagnosticCatalog.InvalidValue, entry.Value, $"The {what} must be a mapping with 'input', 'returns', 'description' or 'permission'.");
                }

                result.Add(new OperationDefinition(name));
                continue;
            }

            var operation = new MappingReader(context, body, $"the {what}", OperationKeys);
            var input = operation.Mapping("input") is { } fields ? ReadFields(fields, context, locationKey) : default;
            result.Add(new OperationDefinition(name)
            {
                Description = operation.String("description"),
                Returns = operation.String("returns"),
                Permission = operation.String("permission"),
                Input = input,
            });
            LocateKey(context, operation, "returns", locationKey + "/returns");
        }

        return new(result);
    }

    private static EquatableArray<JobDefinition> ReadJobs(MappingReader reader, ReadContext context)
    {
        var mapping = reader.Mapping("jobs");
        if (mapping is null)
        {
            return default;
        }

        var result = new List<JobDefinition>();
        foreach (var entry in mapping.Children)
        {
            var name = ((YamlScalarNode)entry.Key).Value ?? "";
            context.Locate($"module/jobs/{name}", entry.Key);
            if (entry.Value is not YamlMappingNode body)
            {
                context.Report(DiagnosticCatalog.InvalidValue, entry.Value, $"The job '{name}' must be a mapping with 'cron', 'timeZone', 'attempts', 'timeout' or 'description'.");
                continue;
            }

            var job = new MappingReader(context, body, $"the job '{name}'", JobKeys);
            var timeout = job.Get("timeout");
            TimeSpan? parsedTimeout = null;
            if (timeout is not null)
            {
                parsedTimeout = ReadDuration(timeout, context, $"The timeout of job '{name}'");
            }

            var cron = job.String("cron");
            LocateKey(context, job, "cron", $"module/jobs/{name}/cron");
            result.Add(new JobDefinition(name)
            {
                Cron = cron,
                TimeZone = job.String("timeZone"),
                Description = job.String("description"),
                Attempts = (int)(job.Integer("attempts") ?? 3),
                Timeout = parsedTimeout,
            });
        }

        return new(result);
    }

    private static TimeSpan? ReadDuration(YamlNode node, ReadContext context, string what)
    {
        if (node is YamlScalarNode { Value: { } text } && Durations.TryParse(text, out var duration))
        {
            return duration;
        }

        context.Report(DiagnosticCatalog.InvalidSchedule, node,
            $"{what} must be a duration such as '30s', '15m', '12h', '7d' or ISO 8601 'PT15M', found {MappingReader.Describe(node)}.");
        return null;
    }

    private static void LocateKey(ReadContext context, MappingReader reader, string key, string path)
    {
        if (reader.Get(key) is { } node)
        {
            context.Locate(path, node);
        }
    }
}
