using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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
            new OptionsProvider(rootNamespace),
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
            .Select(f => (AdditionalText)new ManifestText($"{virtualRoot}/manifests/{Path.GetRelativePath(folder, f).Replace('\\', '/')}", File.ReadAllText(f)))
            .ToList();

    /// <summary>An additional file held in memory.</summary>
    internal sealed class ManifestText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class OptionsProvider(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(string? rootNamespace) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(null);

            public override bool TryGetValue(string key, out string value)
            {
                value = rootNamespace ?? "";
                return key == "build_property.RootNamespace" && rootNamespace is not null;
            }
        }
    }
}
