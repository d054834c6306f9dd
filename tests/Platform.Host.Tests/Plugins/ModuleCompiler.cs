using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Platform.Generators;
using Platform.TestKit;
using Platform.Tests.Shared;

namespace Platform.Host.Tests.Plugins;

/// <summary>
/// Builds fixture modules the way a module project builds — manifests through the real source generator,
/// plus optional handler code — in memory, and writes the plugin folder a host loads: the assembly and a
/// dependency manifest. No nested <c>dotnet build</c> runs during a test.
/// </summary>
public static class ModuleCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>The catalog module's build output.</summary>
    public static string CatalogPlugin { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "plugins", "catalog");

    /// <summary>Compiles module <paramref name="id"/> into <c>&lt;plugins&gt;/&lt;folder&gt;/</c> (replacing what was there).</summary>
    /// <param name="plugins">The plugins folder.</param>
    /// <param name="id">The module id (its manifests must say the same).</param>
    /// <param name="manifests">Manifest files by name (<c>module.yaml</c>, <c>note.entity.yaml</c>…).</param>
    /// <param name="code">Handler code (the descriptor is <c>Platform.Modules.{Id}.{Id}Module</c>, a partial class).</param>
    /// <param name="folder">The plugin folder's name (default: the id).</param>
    /// <returns>The plugin folder.</returns>
    /// <exception cref="InvalidOperationException">The manifests or the code do not compile; the message lists the diagnostics.</exception>
    public static string Build(string plugins, string id, IReadOnlyDictionary<string, string> manifests, string? code = null, string? folder = null)
    {
        var pascal = char.ToUpperInvariant(id[0]) + id[1..];
        var assemblyName = $"Platform.Modules.{pascal}";
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var driver = CSharpGeneratorDriver.Create(
            [new ManifestGenerator().AsSourceGenerator()],
            manifests.Select(m => (AdditionalText)new GeneratorInputs.ManifestText($"/fixtures/{id}/manifests/{m.Key}", m.Value)),
            parse,
            GeneratorInputs.Options(assemblyName));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            code is null ? [] : [CSharpSyntaxTree.ParseText(code, parse)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var target = Path.Combine(plugins, folder ?? id);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(target);
        using (var stream = File.Create(Path.Combine(target, assemblyName + ".dll")))
        {
            var emitted = output.Emit(stream);
            var errors = generatorDiagnostics.Concat(emitted.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (!emitted.Success || errors.Count > 0)
            {
                throw new InvalidOperationException($"Fixture module {id} does not compile:\n{string.Join("\n", errors)}");
            }
        }

        File.WriteAllText(Path.Combine(target, assemblyName + ".deps.json"), $$"""
            {
              "runtimeTarget": { "name": ".NETCoreApp,Version=v10.0", "signature": "" },
              "targets": { ".NETCoreApp,Version=v10.0": { "{{assemblyName}}/1.0.0": { "runtime": { "{{assemblyName}}.dll": {} } } } },
              "libraries": { "{{assemblyName}}/1.0.0": { "type": "project", "serviceable": false, "sha512": "" } }
            }
            """);
        return target;
    }

    /// <summary>Copies the catalog's build output into <c>&lt;plugins&gt;/catalog</c>.</summary>
    public static string CopyCatalog(string plugins)
    {
        var target = Directory.CreateDirectory(Path.Combine(plugins, "catalog")).FullName;
        foreach (var file in Directory.GetFiles(CatalogPlugin))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        return target;
    }
}
