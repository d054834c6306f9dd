using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Platform.Model.Diagnostics;
using ModelDiagnostic = Platform.Model.Diagnostics.ManifestDiagnostic;

namespace Platform.Generators.Diagnostics;

/// <summary>Turns manifest diagnostics into compiler diagnostics that point into the manifest file.</summary>
internal static class DiagnosticMapper
{
    public static Diagnostic ToDiagnostic(ModelDiagnostic diagnostic)
    {
        var descriptor = DiagnosticDescriptors.All.FirstOrDefault(d => d.Id == diagnostic.Id)
            ?? throw new InvalidOperationException($"No compiler descriptor for {diagnostic.Id}.");
        return Diagnostic.Create(descriptor, ToLocation(diagnostic.Location), diagnostic.Message);
    }

    private static Location ToLocation(SourceLocation? location)
    {
        if (location is null)
        {
            return Location.None;
        }

        var start = new LinePosition(location.Line - 1, location.Column - 1);
        return Location.Create(location.Path, new TextSpan(location.Offset, location.Length), new LinePositionSpan(start, start));
    }
}
