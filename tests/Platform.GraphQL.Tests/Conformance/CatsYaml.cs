using System.Globalization;
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
    /// <summary>
    /// Loads the first document of <paramref name="path"/>. With <paramref name="typed"/>, plain
    /// scalars follow YAML's core schema (booleans, integers, floats); otherwise every scalar is a string.
    /// </summary>
    public static object? Load(string path, bool typed = false)
    {
        using var reader = File.OpenText(path);
        var parser = new Parser(reader);
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        return ReadNode(parser, typed);
    }

    private static object? ReadNode(IParser parser, bool typed)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (scalar.Style != ScalarStyle.Plain)
            {
                return scalar.Value;
            }

            return scalar.Value switch
            {
                "null" or "~" => null,
                "true" when typed => true,
                "false" when typed => false,
                _ when typed && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => integer,
                _ when typed && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
                _ => scalar.Value,
            };
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                list.Add(ReadNode(parser, typed));
            }

            return list;
        }

        if (parser.TryConsume<MappingStart>(out _))
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = (string)ReadNode(parser, typed: false)!;
                map[key] = ReadNode(parser, typed);
            }

            return map;
        }

        throw new InvalidOperationException($"Unsupported YAML event {parser.Current}.");
    }
}
