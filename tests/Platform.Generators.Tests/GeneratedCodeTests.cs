using Microsoft.CodeAnalysis;
using Platform.TestKit;

namespace Platform.Generators.Tests;

public sealed class GeneratedCodeTests
{
    private static readonly string Catalog = Path.Combine(RepositoryRoot.Path, "modules", "Catalog", "manifests");
    private static readonly string Everything = Path.Combine(RepositoryRoot.Path, "tests", "Platform.Model.Tests", "Manifests", "Everything");

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string folder) =>
        GeneratorHarness.Run(GeneratorHarness.FromFolder(folder, "/module"));

    [Theory]
    [InlineData("catalog")]
    [InlineData("everything")]
    public void Generated_code_compiles_without_warnings(string which)
    {
        var (result, output) = Run(which == "catalog" ? Catalog : Everything);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void Catalog_item_entity_matches_snapshot() => Snapshot.Match(Source(Run(Catalog).Result, "Catalog.Item.g.cs"));

    [Fact]
    public void Catalog_module_descriptor_matches_snapshot() => Snapshot.Match(Source(Run(Catalog).Result, "Catalog.Module.g.cs"));

    [Fact]
    public void Every_feature_entity_matches_snapshot() => Snapshot.Match(Source(Run(Everything).Result, "Shop.Order.g.cs"));

    [Fact]
    public void One_file_per_entity_and_one_descriptor()
    {
        var names = Run(Catalog).Result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Order(StringComparer.Ordinal);

        Assert.Equal(["Catalog.Category.g.cs", "Catalog.Item.g.cs", "Catalog.Module.g.cs", "Catalog.PriceList.g.cs", "Catalog.PriceRule.g.cs", "Catalog.Variant.g.cs"], names);
    }

    private static string Source(GeneratorDriverRunResult result, string hintName) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
