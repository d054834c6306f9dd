using System.Globalization;

namespace Platform.Model.Diagnostics;

/// <summary>A problem found in a manifest, with where it is and how to fix it.</summary>
/// <param name="Descriptor">What kind of problem.</param>
/// <param name="Location">Where; null only for problems of a whole folder (no module manifest).</param>
/// <param name="Message">The message: names the thing and says the fix.</param>
public sealed record ManifestDiagnostic(DiagnosticDescriptor Descriptor, SourceLocation? Location, string Message)
{
    /// <summary>The diagnostic's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Whether this diagnostic stops generation.</summary>
    public bool IsError => Descriptor.Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler's format: <c>path(line,col): error PLAT012: message</c>.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var where = Location is null ? "" : Location + ": ";
        return string.Format(CultureInfo.InvariantCulture, "{0}{1} {2}: {3}", where, severity, Id, Message);
    }
}
