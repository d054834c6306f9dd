using System.Text.RegularExpressions;
using Platform.Model.Diagnostics;
using Platform.TestKit;

namespace Platform.Model.Tests.Diagnostics;

/// <summary>Every diagnostic id has a descriptor, a test case and a documentation page that shows the case's real output.</summary>
public sealed class DiagnosticCatalogTests
{
    [Fact]
    public void Ids_are_unique_well_formed_and_in_their_range()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.Matches("^PLAT[0-9]{3}$", d.Id);
            var expected = d.Id[4] switch { '0' => "Manifest", '1' => "StateMachine", _ => "Naming" };
            Assert.Equal(expected, d.Category);
        });
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_descriptor_has_a_test_case_and_every_case_a_descriptor()
    {
        var cases = Directory.GetDirectories(DiagnosticCaseTests.CasesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), cases);
    }

    [Fact]
    public void Every_descriptor_has_a_doc_page_showing_its_case_output()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            var page = Path.Combine(RepositoryRoot.Path, descriptor.HelpPath);
            Assert.True(File.Exists(page), $"{descriptor.HelpPath} is missing.");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}\n", text, StringComparison.Ordinal);
            var expected = File.ReadAllText(Path.Combine(DiagnosticCaseTests.CasesFolder, descriptor.Id, "expected.txt")).TrimEnd();
            Assert.Contains(expected, text, StringComparison.Ordinal);
            Assert.Matches(new Regex("## How to fix\n\n\\S"), text);
        });
    }
}
