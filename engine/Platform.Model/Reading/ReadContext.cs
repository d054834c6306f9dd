using Platform.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Reading;

/// <summary>The state of reading one file: its path, the diagnostics found and the positions recorded.</summary>
internal sealed class ReadContext(string path)
{
    public string Path { get; } = path;

    public List<ManifestDiagnostic> Diagnostics { get; } = [];

    public List<LocatedPath> Locations { get; } = [];

    public SourceLocation At(YamlNode node) => At(node.Start, node.End);

    public SourceLocation At(Mark start, Mark end) =>
        new(Path, (int)start.Line, (int)start.Column, (int)start.Index, (int)Math.Max(0, end.Index - start.Index));

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, string message) =>
        Diagnostics.Add(new ManifestDiagnostic(descriptor, At(node), message));

    public void Locate(string key, YamlNode node) => Locations.Add(new LocatedPath(key, At(node)));
}
