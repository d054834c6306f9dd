using Platform.Model.Diagnostics;
using Platform.Model.Values;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Reading;

/// <summary>
/// Reads the properties of one mapping node, reporting unknown keys (with the nearest known one
/// as a suggestion) and values of the wrong kind. Every getter reports and returns null on a bad value,
/// so one pass shows every problem of a file.
/// </summary>
internal sealed class MappingReader
{
    private readonly ReadContext _context;
    private readonly YamlMappingNode _node;
    private readonly string _what;

    public MappingReader(ReadContext context, YamlMappingNode node, string what, params string[] known)
    {
        _context = context;
        _node = node;
        _what = what;
        foreach (var entry in node.Children)
        {
            var key = entry.Key is YamlScalarNode scalar ? scalar.Value ?? "" : "";
            if (key == "$schema" || known.Contains(key))
            {
                continue;
            }

            var suggestion = Suggestions.Nearest(key, known);
            var hint = suggestion is null ? $"Known properties: {string.Join(", ", known)}." : $"Did you mean '{suggestion}'?";
            context.Report(DiagnosticCatalog.UnknownProperty, entry.Key, $"Unknown property '{key}' in {what}. {hint}");
        }
    }

    public YamlMappingNode Node => _node;

    public YamlNode? Get(string key)
    {
        foreach (var entry in _node.Children)
        {
            if (entry.Key is YamlScalarNode scalar && scalar.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public YamlNode? KeyNode(string key) => _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key);

    public string? String(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _context.Report(DiagnosticCatalog.MissingProperty, _node, $"{Capitalized(_what)} needs '{key}'; add it.");
            }

            return null;
        }

        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            return scalar.Value;
        }

        _context.Report(DiagnosticCatalog.InvalidValue, node, $"'{key}' of {_what} must be a string, found {Describe(node)}.");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (PlainScalars.ToPlain(node) is bool value)
        {
            return value;
        }

        _context.Report(DiagnosticCatalog.InvalidValue, node, $"'{key}' of {_what} must be true or false, found {Describe(node)}.");
        return null;
    }

    public long? Integer(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (PlainScalars.ToPlain(node) is long value)
        {
            return value;
        }

        _context.Report(DiagnosticCatalog.InvalidValue, node, $"'{key}' of {_what} must be a whole number, found {Describe(node)}.");
        return null;
    }

    public YamlMappingNode? Mapping(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return mapping;
            default:
                if (node is YamlScalarNode scalar && IsNull(scalar))
                {
                    return null;
                }

                _context.Report(DiagnosticCatalog.InvalidValue, node, $"'{key}' of {_what} must be a mapping (key: value pairs), found {Describe(node)}.");
                return null;
        }
    }

    public YamlSequenceNode? Sequence(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return null;
            case YamlSequenceNode sequence:
                return sequence;
            default:
                if (node is YamlScalarNode scalar && IsNull(scalar))
                {
                    return null;
                }

                _context.Report(DiagnosticCatalog.InvalidValue, node, $"'{key}' of {_what} must be a list, found {Describe(node)}.");
                return null;
        }
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var sequence = Sequence(key);
        if (sequence is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && !IsNull(scalar))
            {
                result.Add(scalar.Value ?? "");
            }
            else
            {
                _context.Report(DiagnosticCatalog.InvalidValue, item, $"Items of '{key}' in {_what} must be strings, found {Describe(item)}.");
            }
        }

        return result;
    }

    public static bool IsNull(YamlScalarNode scalar) => PlainScalars.ToPlain(scalar) is null;

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => PlainValue.Describe(PlainScalars.ToPlain(scalar)),
        _ => "an alias",
    };

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
