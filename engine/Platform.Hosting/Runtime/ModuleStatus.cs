namespace Platform.Hosting.Runtime;

/// <summary>A plugin as <c>GET /modules</c> reports it.</summary>
/// <param name="Id">The module id (the folder name when its descriptor could not be read).</param>
/// <param name="Version">The module version, when known.</param>
/// <param name="DependsOn">The modules it needs.</param>
/// <param name="Entities">Its entities.</param>
/// <param name="State"><c>loaded</c> or <c>failed</c>.</param>
/// <param name="Failure">Why it failed.</param>
public sealed record ModuleStatus(string Id, string? Version, IReadOnlyList<string> DependsOn, IReadOnlyList<string> Entities, string State, string? Failure);
