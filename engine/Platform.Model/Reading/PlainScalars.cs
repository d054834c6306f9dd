using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Model.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Reading;

/// <summary>
/// Converts YAML nodes to plain values with YAML 1.2's core schema: only plain (unquoted)
/// scalars are typed — <c>null</c>/<c>~</c>, <c>true</c>/<c>false</c>, integers and floats — so
/// <c>on</c>, <c>yes</c> and <c>no</c> stay strings (no YAML 1.1 surprises) and quoted text is
/// always a string. JSON, YAML's flow form, reads to the same values.
/// </summary>
public static class PlainScalars
{
    private static readonly Regex Integer = new("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>The plain value of a node: scalars as above, sequences as <see cref="ValueList"/>, mappings as <see cref="ValueMap"/>.</summary>
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => new ValueList(sequence.Children.Select(ToPlain)),
        YamlMappingNode mapping => new ValueMap(mapping.Children.Select(e => new KeyValuePair<string, object?>((e.Key as YamlScalarNode)?.Value ?? "", ToPlain(e.Value)))),
        _ => null,
    };

    private static object? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return text;
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        if (Integer.IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        if (Float.IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return text;
    }
}
