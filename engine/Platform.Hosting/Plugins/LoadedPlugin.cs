using Platform.Core.Modules;
using Platform.Model.Definitions;

namespace Platform.Hosting.Plugins;

/// <summary>One plugin folder and what became of it.</summary>
/// <param name="Folder">The plugin folder.</param>
/// <param name="State">Loaded or failed.</param>
/// <param name="Module">The module's descriptor, when it loaded.</param>
/// <param name="Failure">Why it failed, in words a person can act on.</param>
public sealed record LoadedPlugin(string Folder, PluginState State, IModule? Module, string? Failure)
{
    /// <summary>What the module declares, once its descriptor was read (kept when it fails later, at migration or boot).</summary>
    public ModuleDefinition? Definition { get; init; } = Module?.Definition;

    /// <summary>The module id (from the descriptor, or the folder name when it failed before that).</summary>
    public string Id => Definition?.Id ?? Path.GetFileName(Folder);

    internal PluginLoadContext? Context { get; init; }
}
