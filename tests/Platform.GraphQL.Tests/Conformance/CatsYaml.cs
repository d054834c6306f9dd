using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// Reads YAML into plain values (string, list, ordered map). The suite's Executor.yaml repeats a
/// key in its test data, which YamlDotNet's representation model refuses; here, as in most YAML
/// loaders, the last one wins.
/// </summary>
public static class CatsYaml
{
    /// <summary>Loads the first document of <paramref name="path"/>.</summary>
    public static object? Load(string path)
    {
        using var reader = File.OpenText(path);
        var parser = new Parser(reader);
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        return ReadNode(parser);
    }

    private static object? ReadNode(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return scalar.Style == ScalarStyle.Plain && scalar.Value is "null" or "~" ? null : scalar.Value;
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                list.Add(ReadNode(parser));
            }

            return list;
        }

        if (parser.TryConsume<MappingStart>(out _))
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = (string)ReadNode(parser)!;
                map[key] = ReadNode(parser);
            }

            return map;
        }

        throw new InvalidOperationException($"Unsupported YAML event {parser.Current}.");
    }
}
