using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.TestKit;

namespace Platform.Model.Tests.Diagnostics;

/// <summary>
/// One folder per diagnostic under <c>Cases/PLATnnn/</c>: manifests that trigger it and
/// <c>expected.txt</c>, the exact compiler-format output (id, file, line, column, message).
/// <c>UPDATE_SNAPSHOTS=1</c> rewrites the expected file from the actual output.
/// </summary>
public sealed class DiagnosticCaseTests
{
    public static string CasesFolder => Path.Combine(RepositoryRoot.Path, "tests", "Platform.Model.Tests", "Diagnostics", "Cases");

    public static TheoryData<string> Cases => new(Directory.GetDirectories(CasesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_the_expected_diagnostics(string id)
    {
        var folder = Path.Combine(CasesFolder, id);
        var compiled = ManifestCompiler.Compile(ManifestDirectory.Read(folder, folder));
        var actual = string.Join("\n", compiled.Diagnostics) + "\n";
        var expectedPath = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : "(no expected.txt)", actual);
        Assert.Contains(compiled.Diagnostics, d => d.Id == id);
    }
}
