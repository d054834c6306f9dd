using Microsoft.CodeAnalysis;
using Platform.TestKit;

namespace Platform.Generators.Tests;

/// <summary>Editing one entity regenerates that entity only: the other entities' steps stay cached (Mapperly's test).</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void Editing_one_entity_leaves_the_others_cached()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "modules", "Catalog", "manifests");
        var files = GeneratorHarness.FromFolder(folder, "/module");
        var compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var variant = files.Single(f => f.Path.EndsWith("variant.entity.yaml", StringComparison.Ordinal));
        var edited = new Platform.Tests.Shared.GeneratorInputs.ManifestText(variant.Path, variant.GetText()!.ToString().Replace("validators: [{ maxLength: 64 }]", "validators: [{ maxLength: 80 }]", StringComparison.Ordinal));
        Assert.NotEqual(variant.GetText()!.ToString(), edited.GetText().ToString());
        driver = driver.ReplaceAdditionalText(variant, edited).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps[GeneratorSteps.Entities];
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => (Entity: o.Value.ToString()!, o.Reason)).ToList();
        Assert.Equal(5, reasons.Count);
        Assert.Single(reasons, r => r.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(4, reasons.Count(r => r.Reason == IncrementalStepRunReason.Unchanged));
        Assert.Contains("Variant", reasons.Single(r => r.Reason == IncrementalStepRunReason.Modified).Entity, StringComparison.Ordinal);
    }

    [Fact]
    public void Rerunning_without_changes_caches_every_step()
    {
        var files = GeneratorHarness.FromFolder(Path.Combine(RepositoryRoot.Path, "modules", "Catalog", "manifests"), "/module");
        var compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.Clone());

        var result = driver.GetRunResult().Results.Single();
        foreach (var step in new[] { GeneratorSteps.Parse, GeneratorSteps.Compile, GeneratorSteps.Entities, GeneratorSteps.Module })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }
}
