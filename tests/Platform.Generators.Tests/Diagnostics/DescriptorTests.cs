using Platform.Generators.Diagnostics;
using Platform.Model.Diagnostics;
using ModelSeverity = Platform.Model.Diagnostics.DiagnosticSeverity;

namespace Platform.Generators.Tests.Diagnostics;

public sealed class DescriptorTests
{
    [Fact]
    public void Compiler_descriptors_map_the_catalog_one_to_one()
    {
        var expected = DiagnosticCatalog.All.Select(d => (d.Id, d.Title, d.Category, d.Severity == ModelSeverity.Error ? "Error" : "Warning"));
        var actual = DiagnosticDescriptors.All.Select(d => (d.Id, d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Category, d.DefaultSeverity.ToString()));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_unshipped_release_file_lists_every_id()
    {
        var text = File.ReadAllText(Path.Combine(TestKit.RepositoryRoot.Path, "generators", "Platform.Generators", "AnalyzerReleases.Unshipped.md"));

        Assert.All(DiagnosticCatalog.All, d => Assert.Contains($"{d.Id} | {d.Category} | {(d.Severity == ModelSeverity.Error ? "Error" : "Warning")} |", text, StringComparison.Ordinal));
    }
}
