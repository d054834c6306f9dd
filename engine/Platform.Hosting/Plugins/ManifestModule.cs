using Platform.Core.Modules;
using Platform.Model.Checks;
using Platform.Model.Definitions;
using Platform.Model.Reading;

namespace Platform.Hosting.Plugins;

/// <summary>
/// A module of manifests only (no assembly): served through the same runtime path as a compiled module,
/// from its definition, with no code of its own to boot.
/// </summary>
/// <param name="definition">The compiled manifests.</param>
public sealed class ManifestModule(ModuleDefinition definition) : IModule
{
    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = definition;

    /// <summary>Reads and checks the manifests of <paramref name="folder"/> (a module folder: its <c>manifests/</c>, or the manifests themselves).</summary>
    /// <returns>The module, or its diagnostics (<c>path(line,col): error PLATnnn: …</c>) as the failure.</returns>
    public static LoadedPlugin Load(string folder)
    {
        try
        {
            var compiled = ManifestCompiler.Compile(ManifestDirectory.Read(folder));
            var errors = compiled.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            return compiled.Module is { } module && errors.Count == 0
                ? new LoadedPlugin(folder, PluginState.Loaded, new ManifestModule(module), null)
                : new LoadedPlugin(folder, PluginState.Failed, null, $"The manifests do not compile: {string.Join(" ", errors)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadedPlugin(folder, PluginState.Failed, null, $"The manifests cannot be read: {e.Message}");
        }
    }

    /// <inheritdoc />
    public Task BootAsync(BootRegistry registry, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task ShutdownAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
