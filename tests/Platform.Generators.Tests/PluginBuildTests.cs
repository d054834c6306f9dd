using System.Reflection;
using System.Runtime.Loader;
using Platform.Core.Modules;
using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.TestKit;

namespace Platform.Generators.Tests;

/// <summary>The real build: the catalog project, built through Directory.Build.targets, is a plugin whose descriptor the generator wrote.</summary>
public sealed class PluginBuildTests
{
    [Fact]
    public void The_catalog_plugin_carries_a_generated_descriptor_equal_to_its_manifests()
    {
        var path = Path.Combine(RepositoryRoot.Path, "artifacts", "plugins", "catalog", "Platform.Modules.Catalog.dll");
        Assert.True(File.Exists(path), $"The catalog plugin was not built to {path}.");
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "Platform.Core.dll")), "The engine must come from the host, not from the plugin folder.");

        var context = new AssemblyLoadContext("catalog-test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(path);
            var descriptor = assembly.GetTypes().SingleOrDefault(t => typeof(IModule).IsAssignableFrom(t));
            Assert.True(descriptor is not null, "The catalog assembly has no IModule: the generator did not run in its build.");
            var module = (IModule)Activator.CreateInstance(descriptor!)!;

            var expected = ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, "modules", "Catalog"))).Module!;
            Assert.Equal(expected, module.Definition);
            Assert.Equal(DdlRenderer.Script(SchemaEmitter.Emit(expected)), descriptor!.GetField("Ddl", BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
            Assert.NotNull(assembly.GetType("Platform.Modules.Catalog.Item"));
            Assert.NotNull(assembly.GetType("Platform.Modules.Catalog.ItemStatus"));
        }
        finally
        {
            context.Unload();
        }
    }
}
