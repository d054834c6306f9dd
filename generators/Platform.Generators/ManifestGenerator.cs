using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Platform.Generators.Diagnostics;
using Platform.Generators.Emitters;
using Platform.Generators.Models;
using Platform.Model.Checks;
using Platform.Model.Reading;

namespace Platform.Generators;

/// <summary>
/// The pipeline only: manifests (AdditionalFiles under <c>manifests/</c>) are read one by one,
/// collected and checked as a module, then split per entity so an unchanged entity stays cached.
/// Diagnostics and sources are separate outputs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var manifests = context.AdditionalTextsProvider
            .Where(static file => IsManifest(file.Path))
            .Select(static (file, cancellationToken) => ManifestReader.Read(new ManifestFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? "")))
            .WithTrackingName(GeneratorSteps.Parse);

        var compiled = manifests.Collect()
            .Select(static (all, _) => all.IsEmpty ? null : ManifestCompiler.Compile(all))
            .WithTrackingName(GeneratorSteps.Compile);

        var options = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            new GeneratorOptions(provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && ns.Length > 0 ? ns : "Platform.Modules"));

        var diagnostics = compiled
            .Select(static (module, _) => module?.Diagnostics ?? default)
            .WithTrackingName(GeneratorSteps.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (var diagnostic in list)
            {
                output.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(diagnostic));
            }
        });

        var entities = compiled.Combine(options)
            .SelectMany(static (pair, _) => pair.Left is { HasErrors: false, Module: { } module }
                ? module.Entities.Select(e => new EntityModel(pair.Right.Namespace, module.Id, e, e.StateMachine is null ? null : module.FindStateMachine(e.StateMachine))).ToImmutableArray()
                : ImmutableArray<EntityModel>.Empty)
            .WithTrackingName(GeneratorSteps.Entities);
        context.RegisterSourceOutput(entities, static (output, model) => output.AddSource(EntityEmitter.HintName(model), EntityEmitter.Emit(model)));

        var module = compiled.Combine(options)
            .Select(static (pair, _) => pair.Left is { HasErrors: false, Module: { } m } ? new ModuleModel(pair.Right.Namespace, m) : null)
            .WithTrackingName(GeneratorSteps.Module);
        context.RegisterSourceOutput(module, static (output, model) =>
        {
            if (model is not null)
            {
                output.AddSource(ModuleDescriptorEmitter.HintName(model), ModuleDescriptorEmitter.Emit(model));
            }
        });
    }

    /// <summary>Manifests are the yaml/yml/json files under a <c>manifests</c> folder.</summary>
    private static bool IsManifest(string path)
    {
        var normalized = path.Replace('\\', '/');
        return ManifestKinds.HasManifestExtension(normalized) && normalized.Contains("/manifests/");
    }
}
