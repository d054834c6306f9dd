using Platform.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Reading;

/// <summary>
/// Reads one manifest file (YAML or JSON) into its definition, with line and column for every
/// part and a diagnostic for every syntax and shape problem (unknown keys, wrong kinds, missing
/// keys). Cross-file meaning (references, state machine consistency, collisions) is checked later.
/// </summary>
public static partial class ManifestReader
{
    /// <summary>Reads <paramref name="file"/>; its kind comes from its name.</summary>
    public static ParsedManifest Read(ManifestFile file)
    {
        var kind = ManifestKinds.Of(file.Path);
        var context = new ReadContext(file.Path);
        if (kind == ManifestKind.Unknown)
        {
            context.Diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.UnrecognizedFile, new SourceLocation(file.Path, 1, 1),
                $"'{file.Path}' is not read: name manifests module.yaml, <name>.entity.yaml or <name>.fsm.yaml (or .yml/.json)."));
            return Finish(new ParsedManifest(file.Path, kind), context);
        }

        var root = Load(file, context);
        if (root is null)
        {
            return Finish(new ParsedManifest(file.Path, kind), context);
        }

        var parsed = kind switch
        {
            ManifestKind.Module => ReadModule(root, context, file.Path),
            ManifestKind.Entity => ReadEntity(root, context, file.Path),
            _ => ReadStateMachine(root, context, file.Path),
        };
        return Finish(parsed, context);
    }

    private static ParsedManifest Finish(ParsedManifest parsed, ReadContext context) =>
        parsed with { Locations = new(context.Locations), Diagnostics = new(context.Diagnostics) };

    private static YamlMappingNode? Load(ManifestFile file, ReadContext context)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.Text));
        }
        catch (YamlException e) when ((e.InnerException?.Message ?? e.Message).Contains("Duplicate key"))
        {
            var key = (e.InnerException?.Message ?? e.Message).Split(["Duplicate key "], StringSplitOptions.None).Last().TrimEnd('.');
            context.Diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.DuplicateName, context.At(e.Start, e.End),
                $"'{key}' is declared twice in the same mapping; remove or rename one of them."));
            return null;
        }
        catch (YamlException e)
        {
            context.Diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.SyntaxError, context.At(e.Start, e.End), SyntaxMessage(e)));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            context.Diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.SyntaxError, new SourceLocation(file.Path, 1, 1),
                "The manifest is empty; it must be a mapping of properties."));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Report(DiagnosticCatalog.SyntaxError, stream.Documents[1].RootNode, "A manifest holds one document; move the second one (after '---') to its own file.");
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        context.Report(DiagnosticCatalog.SyntaxError, stream.Documents[0].RootNode,
            $"A manifest must be a mapping of properties, found {MappingReader.Describe(stream.Documents[0].RootNode)}.");
        return null;
    }

    private static string SyntaxMessage(YamlException exception)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic already carries.
        var message = exception.InnerException?.Message ?? exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(", StringComparison.Ordinal) && close > 0)
        {
            message = message.Substring(close + 3);
        }

        return $"Syntax error: {message.TrimEnd('.')}. Fix the YAML/JSON at this position.";
    }
}
