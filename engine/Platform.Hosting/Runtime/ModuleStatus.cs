namespace Platform.Hosting.Runtime;

/// <summary>A module source (a plugin folder or a folder of manifests) as <c>GET /modules</c> reports it.</summary>
/// <param name="Id">The module id (the folder name when its descriptor could not be read).</param>
/// <param name="Version">The module version, when known.</param>
/// <param name="DependsOn">The modules it needs.</param>
/// <param name="Entities">Its entities.</param>
/// <param name="State"><c>loaded</c> or <c>failed</c>.</param>
/// <param name="Failure">Why it failed.</param>
public sealed record ModuleStatus(string Id, string? Version, IReadOnlyList<string> DependsOn, IReadOnlyList<string> Entities, string State, string? Failure)
{
    /// <summary>Where it comes from: <c>plugin</c> (an assembly) or <c>manifests</c> (a folder of manifests only).</summary>
    public string Source { get; init; } = "plugin";

    /// <summary>The folder it was loaded from.</summary>
    public string Folder { get; init; } = "";

    /// <summary>Why the last change to a module that is still served was refused (the previous version keeps serving), or null.</summary>
    public string? Rejected { get; init; }
}
