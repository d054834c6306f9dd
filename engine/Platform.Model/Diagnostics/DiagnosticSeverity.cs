namespace Platform.Model.Diagnostics;

/// <summary>How serious a manifest diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The manifest works, but probably not as its author meant.</summary>
    Warning,

    /// <summary>The manifest cannot be compiled; nothing is generated or served from it.</summary>
    Error,
}
