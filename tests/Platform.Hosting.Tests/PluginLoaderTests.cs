using System.Runtime.CompilerServices;
using Platform.Hosting.Plugins;
using Platform.TestKit;

namespace Platform.Hosting.Tests;

/// <summary>Plugin discovery and loading from real plugin folders (the catalog module's build output and broken copies).</summary>
public sealed class PluginLoaderTests : IDisposable
{
    private static readonly string CatalogPlugin = Path.Combine(RepositoryRoot.Path, "artifacts", "plugins", "catalog");
    private readonly string _plugins = Directory.CreateTempSubdirectory("platform-plugins-").FullName;

    public void Dispose() => Directory.Delete(_plugins, recursive: true);

    [Fact]
    public void The_catalog_plugin_loads_with_its_definition()
    {
        Copy(CatalogPlugin, "catalog");

        var loader = PluginLoader.Load(_plugins);

        var plugin = Assert.Single(loader.Plugins);
        Assert.Equal((PluginState.Loaded, "catalog", null), (plugin.State, plugin.Id, plugin.Failure));
        Assert.Equal(["Category", "Item", "PriceList", "PriceRule", "Variant"], plugin.Module!.Definition.Entities.Select(e => e.Name).Order(StringComparer.Ordinal));
        // The engine is shared with the host, so the descriptor is the host's IModule.
        Assert.IsAssignableFrom<Platform.Core.Modules.IModule>(plugin.Module);
    }

    [Fact]
    public void Broken_plugins_are_refused_with_their_reason_and_the_rest_load()
    {
        Copy(CatalogPlugin, "catalog");
        var broken = Directory.CreateDirectory(Path.Combine(_plugins, "broken")).FullName;
        File.WriteAllText(Path.Combine(broken, "Broken.dll"), "this is not an assembly");
        File.WriteAllText(Path.Combine(broken, "Broken.deps.json"), """{"runtimeTarget":{"name":".NETCoreApp,Version=v10.0"},"targets":{".NETCoreApp,Version=v10.0":{}},"libraries":{}}""");
        var mangled = Directory.CreateDirectory(Path.Combine(_plugins, "mangled")).FullName;
        File.WriteAllText(Path.Combine(mangled, "Mangled.dll"), "x");
        File.WriteAllText(Path.Combine(mangled, "Mangled.deps.json"), "{}");
        Directory.CreateDirectory(Path.Combine(_plugins, "empty"));
        var twin = Copy(CatalogPlugin, "catalog-copy");

        var loader = PluginLoader.Load(_plugins);

        Assert.Equal("catalog", Assert.Single(loader.Modules).Definition.Id);
        var failures = loader.Plugins.Where(p => p.State == PluginState.Failed).ToDictionary(p => Path.GetFileName(p.Folder), p => p.Failure);
        Assert.StartsWith("Broken.dll could not be loaded:", failures["broken"], StringComparison.Ordinal);
        Assert.Equal("No module assembly (a .dll with its .deps.json) in the folder; copy the module's build output here.", failures["empty"]);
        Assert.Equal("Mangled.deps.json is not a .NET dependency manifest (no runtimeTarget/targets); copy the module's whole build output.", failures["mangled"]);
        Assert.Equal("Module 'catalog' is already loaded from another folder.", failures[Path.GetFileName(twin)]);
    }

    [Fact]
    public void A_missing_plugins_folder_means_no_plugins() => Assert.Empty(PluginLoader.Load(Path.Combine(_plugins, "absent")).Plugins);

    [Fact]
    public void An_unloaded_plugin_context_is_collected()
    {
        Copy(CatalogPlugin, "catalog");
        var references = LoadUseAndUnload(_plugins);

        for (var i = 0; i < 20 && references.Any(r => r.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.All(references, r => Assert.False(r.IsAlive, "a plugin load context is still held after unloading"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IReadOnlyList<WeakReference> LoadUseAndUnload(string folder)
    {
        var loader = PluginLoader.Load(folder);
        Assert.Equal("catalog", loader.Modules.Single().Definition.Id);
        return loader.Unload();
    }

    private string Copy(string source, string name)
    {
        var target = Directory.CreateDirectory(Path.Combine(_plugins, name)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
