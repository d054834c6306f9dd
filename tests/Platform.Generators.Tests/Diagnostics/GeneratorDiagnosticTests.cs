using System.Globalization;
using Microsoft.CodeAnalysis;
using Platform.TestKit;

namespace Platform.Generators.Tests.Diagnostics;

/// <summary>
/// Every diagnostic case of the model tests, run through the generator: the compiler reports the
/// same id, file, line, column and message as <c>platform validate</c> (the case's expected.txt).
/// </summary>
public sealed class GeneratorDiagnosticTests
{
    private static readonly string CasesFolder = Path.Combine(RepositoryRoot.Path, "tests", "Platform.Model.Tests", "Diagnostics", "Cases");

    public static TheoryData<string> Cases => new(Directory.GetDirectories(CasesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiler_diagnostics_match_the_case(string id)
    {
        var folder = Path.Combine(CasesFolder, id);
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.FromFolder(folder, "/case"));

        var actual = result.Diagnostics.Select(Format).Order(StringComparer.Ordinal);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
        Assert.All(result.Diagnostics.Where(d => d.Id == id), d => Assert.Equal($"schemas/diagnostics/{id}.md", d.Descriptor.HelpLinkUri));
    }

    [Fact]
    public void An_error_in_the_manifests_generates_no_code()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.FromFolder(Path.Combine(CasesFolder, "PLAT005"), "/case"));

        Assert.Contains(result.Diagnostics, d => d.Id == "PLAT005" && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.GeneratedTrees);
    }

    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path;
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        // Messages may name other files too; paths are shown relative to the manifests folder, as the CLI does.
        return string.Create(CultureInfo.InvariantCulture, $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}").Replace("/case/manifests/", "", StringComparison.Ordinal);
    }
}
