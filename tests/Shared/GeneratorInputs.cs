using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Platform.Tests.Shared;

/// <summary>
/// What the compiler hands the manifest generator in a module build — manifest files and the
/// <c>RootNamespace</c> build property — held in memory. Linked into the test projects that run the
/// generator (a source file, so TestKit need not carry Roslyn).
/// </summary>
internal static class GeneratorInputs
{
    /// <summary>The build options of a module whose root namespace is <paramref name="rootNamespace"/>.</summary>
    public static AnalyzerConfigOptionsProvider Options(string rootNamespace) => new OptionsProvider(rootNamespace);

    /// <summary>An additional file held in memory.</summary>
    internal sealed class ManifestText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class OptionsProvider(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new BuildProperties(rootNamespace);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => BuildProperties.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => BuildProperties.Empty;

        private sealed class BuildProperties(string? rootNamespace) : AnalyzerConfigOptions
        {
            public static readonly BuildProperties Empty = new(null);

            public override bool TryGetValue(string key, out string value)
            {
                value = rootNamespace ?? "";
                return key == "build_property.RootNamespace" && rootNamespace is not null;
            }
        }
    }
}
