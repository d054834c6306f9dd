using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.TestKit;

namespace Platform.Model.Tests.Reading;

public sealed class ManifestWriterTests
{
    public static TheoryData<string> Modules => new(
        Path.Combine("modules", "Catalog"),
        Path.Combine("tests", "Platform.Model.Tests", "Manifests", "Everything"));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Normalized_manifests_read_back_to_an_equal_module(string folder)
    {
        var original = ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, folder))).Module!;

        var written = ManifestWriter.Write(original);
        var reread = ManifestCompiler.Compile(written);

        Assert.Equal("", string.Join("\n", reread.Diagnostics));
        Assert.Equal(original, reread.Module);
        Assert.Equal(written.Select(f => f.Text), ManifestWriter.Write(reread.Module!).Select(f => f.Text));
    }

    [Fact]
    public void Normalized_item_lifecycle_matches_snapshot()
    {
        var module = ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, "modules", "Catalog"))).Module!;

        Snapshot.Match(ManifestWriter.Write(module).Single(f => f.Path == "item-lifecycle.fsm.json").Text);
    }
}
