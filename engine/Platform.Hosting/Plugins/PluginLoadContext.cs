using System.Reflection;
using System.Runtime.Loader;

namespace Platform.Hosting.Plugins;

/// <summary>
/// A collectible load context for one module: assemblies the host already has (the engine, Npgsql,
/// the framework) come from the host so types unify; the module's private dependencies are resolved
/// from its folder with <see cref="AssemblyDependencyResolver"/>.
/// </summary>
/// <param name="mainAssemblyPath">The module assembly (in its private copy).</param>
/// <param name="copy">The private copy of the plugin folder, deleted once the context is collected.</param>
internal sealed class PluginLoadContext(string mainAssemblyPath, string copy) : AssemblyLoadContext($"plugin:{Path.GetFileNameWithoutExtension(mainAssemblyPath)}", isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    /// <summary>The private copy of the plugin folder the context loads from.</summary>
    public string Copy { get; } = copy;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Shared with the host: whatever the default context already has or can load.
        if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), assemblyName)))
        {
            return null;
        }

        try
        {
            var shared = Default.LoadFromAssemblyName(assemblyName);
            if (shared is not null)
            {
                return null;
            }
        }
        catch (FileNotFoundException)
        {
            // Not the host's: the plugin's own.
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
