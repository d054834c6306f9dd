using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Model.Sdl;
using Platform.TestKit;

namespace Platform.Model.Tests.Checks;

public sealed class CatalogModuleTests
{
    internal static CompiledModule Compile() =>
        ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, "modules", "Catalog"), RepositoryRoot.Path));

    [Fact]
    public void Catalog_manifests_compile_without_diagnostics()
    {
        var compiled = Compile();

        Assert.Equal("", string.Join("\n", compiled.Diagnostics));
        Assert.NotNull(compiled.Module);
        Assert.Equal(["Category", "Item", "PriceList", "PriceRule", "Variant"], compiled.Module!.Entities.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_ddl_matches_snapshot() => Snapshot.Match(DdlRenderer.Script(SchemaEmitter.Emit(Compile().Module!)));

    [Fact]
    public void Catalog_sdl_matches_snapshot() => Snapshot.Match(SdlEmitter.Emit(Compile().Module!).Text);
}
