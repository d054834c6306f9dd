using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Platform.Tests.Shared;

namespace Platform.Generators.Tests;

/// <summary>Runs the generator in memory over manifest texts, the way the compiler does in a module build.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p))]);

    public static CSharpGeneratorDriver CreateDriver(IEnumerable<AdditionalText> manifests, string rootNamespace = "Platform.Modules.Test") =>
        CSharpGeneratorDriver.Create(
            [new ManifestGenerator().AsSourceGenerator()],
            manifests,
            new CSharpParseOptions(LanguageVersion.Preview),
            GeneratorInputs.Options(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create("Platform.Modules.Test",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview))),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator and returns its result and the compilation with the generated sources.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> manifests)
    {
        var driver = CreateDriver(manifests).RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    public static IReadOnlyList<AdditionalText> FromFolder(string folder, string virtualRoot) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("expected.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (AdditionalText)new GeneratorInputs.ManifestText($"{virtualRoot}/manifests/{Path.GetRelativePath(folder, f).Replace('\\', '/')}", File.ReadAllText(f)))
            .ToList();
}
