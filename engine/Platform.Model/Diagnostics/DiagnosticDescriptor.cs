namespace Platform.Model.Diagnostics;

/// <summary>One kind of manifest diagnostic: its stable id, a title and its severity.</summary>
/// <param name="Id">The id, <c>PLAT</c> and three digits.</param>
/// <param name="Title">A short title (the generator's descriptor title).</param>
/// <param name="Severity">The severity every instance has.</param>
/// <param name="Category">The range: <c>Manifest</c> (0xx), <c>StateMachine</c> (1xx) or <c>Naming</c> (2xx).</param>
public sealed record DiagnosticDescriptor(string Id, string Title, DiagnosticSeverity Severity, string Category)
{
    /// <summary>The documentation page, relative to the repository root.</summary>
    public string HelpPath => $"schemas/diagnostics/{Id}.md";
}
