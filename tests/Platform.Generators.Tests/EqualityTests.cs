using Platform.Generators.Models;
using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.TestKit;

namespace Platform.Generators.Tests;

/// <summary>The pipeline's models compare by value, so the incremental generator can cache them.</summary>
public sealed class EqualityTests
{
    private static CompiledModule Compile() =>
        ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, "modules", "Catalog")));

    [Fact]
    public void Parsed_manifests_and_compiled_modules_of_the_same_text_are_equal()
    {
        var files = ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, "modules", "Catalog"));

        Assert.Equal(files.Select(ManifestReader.Read), files.Select(ManifestReader.Read));
        Assert.Equal(Compile(), Compile());
        Assert.Equal(Compile().GetHashCode(), Compile().GetHashCode());
    }

    [Fact]
    public void Entity_and_module_models_are_equal_when_their_content_is()
    {
        var (a, b) = (Compile().Module!, Compile().Module!);

        foreach (var (left, right) in a.Entities.Zip(b.Entities))
        {
            Assert.Equal(new EntityModel("N", "catalog", left, null), new EntityModel("N", "catalog", right, null));
        }

        Assert.Equal(new ModuleModel("N", a), new ModuleModel("N", b));
        Assert.Equal(new GeneratorOptions("N"), new GeneratorOptions("N"));
        Assert.NotEqual(new ModuleModel("N", a), new ModuleModel("N", a with { Version = "9.9.9" }));
        Assert.NotEqual(new EntityModel("N", "catalog", a.Entities[0], null), new EntityModel("N", "catalog", a.Entities[0] with { Description = "changed" }, null));
    }
}
