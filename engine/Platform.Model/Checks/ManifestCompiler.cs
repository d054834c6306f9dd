using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Naming;
using Platform.Model.Reading;

namespace Platform.Model.Checks;

/// <summary>
/// The one path from manifest files to a checked module, shared by the source generator, the CLI
/// (<c>platform validate</c>) and the host's manifest-only modules.
/// </summary>
public static class ManifestCompiler
{
    /// <summary>Reads, assembles and checks the manifest files of one module.</summary>
    /// <param name="files">The module's manifest files.</param>
    /// <param name="otherModules">Other modules known to the caller, so cross-module references can be resolved; null when they cannot be seen (the generator).</param>
    public static CompiledModule Compile(IEnumerable<ManifestFile> files, IReadOnlyCollection<ModuleDefinition>? otherModules = null) =>
        Compile(files.Select(ManifestReader.Read), otherModules);

    /// <summary>Assembles and checks already-read manifests of one module.</summary>
    public static CompiledModule Compile(IEnumerable<ParsedManifest> manifests, IReadOnlyCollection<ModuleDefinition>? otherModules = null)
    {
        var ordered = manifests.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
        var diagnostics = ordered.SelectMany(m => m.Diagnostics).ToList();
        var locations = new ManifestLocations(ordered.SelectMany(m => m.Locations));
        var module = Assemble(ordered, diagnostics);
        if (module is not null)
        {
            new ModuleChecks(module, locations, diagnostics, otherModules).Run();
        }

        var sorted = diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.d.Location?.Offset ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.d);
        return new CompiledModule(module, locations.ToArray(), new(sorted));
    }

    private static ModuleDefinition? Assemble(List<ParsedManifest> manifests, List<ManifestDiagnostic> diagnostics)
    {
        var modules = manifests.Where(m => m.Kind == ManifestKind.Module).ToList();
        if (modules.Count == 0)
        {
            var where = manifests.Count == 0 ? null : new SourceLocation(manifests[0].Path, 1, 1);
            diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.ModuleManifestMissing, where,
                "The manifests have no module manifest; add manifests/module.yaml with at least 'id' and 'version'."));
            return null;
        }

        foreach (var extra in modules.Skip(1))
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.ModuleManifestMissing, new SourceLocation(extra.Path, 1, 1),
                $"A module has one module manifest, but '{modules[0].Path}' is one too; merge them or move one to its own module."));
        }

        var module = modules[0].Module;
        if (module is null)
        {
            return null;
        }

        var prefixes = modules[0].IdPrefixes.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var entities = new List<EntityDefinition>();
        // A nameless entity or machine was reported by the reader; assembling it would only add noise.
        foreach (var manifest in manifests.Where(m => m.Entity is { Name.Length: > 0 }))
        {
            var entity = manifest.Entity!;
            if (entities.Any(e => e.Name == entity.Name))
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.DuplicateName, new ManifestLocations(manifest.Locations).Find($"entity:{entity.Name}"),
                    $"Entity '{entity.Name}' is declared twice (also in '{manifests.First(m => m.Entity?.Name == entity.Name).Path}'); rename one of them."));
                continue;
            }

            entities.Add(entity with
            {
                Module = module.Id,
                Table = SqlNames.Table(module, entity),
                IdPrefix = entity.IdPrefix ?? (prefixes.TryGetValue(entity.Name, out var prefix) ? prefix : Names.ToSnakeCase(entity.Name).Replace("_", "")),
            });
        }

        var machines = new List<StateMachines.StateMachineDefinition>();
        foreach (var manifest in manifests.Where(m => m.StateMachine is { Id.Length: > 0 }))
        {
            var machine = manifest.StateMachine!;
            if (machines.Any(m => m.Id == machine.Id))
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.DuplicateName, new ManifestLocations(manifest.Locations).Find($"fsm:{machine.Id}"),
                    $"State machine '{machine.Id}' is declared twice; give each machine its own id."));
                continue;
            }

            machines.Add(machine);
        }

        // Bind each machine to its entity: the entity learns which machine drives which field.
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            var machine = machines.FirstOrDefault(m => m.Entity == entity.Name);
            if (machine is null)
            {
                continue;
            }

            var statusField = machine.StatusField;
            var at = new ManifestLocations(manifests.First(m => m.Entity?.Name == entity.Name).Locations);
            if (entity.StatusField != "status" && entity.StatusField != statusField)
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.MachineBinding, at.Find($"entity:{entity.Name}/statusField"),
                    $"Entity '{entity.Name}' says its status field is '{entity.StatusField}', but state machine '{machine.Id}' drives '{statusField}'; make them the same."));
            }

            if (entity.StateMachine is not null && entity.StateMachine != machine.Id)
            {
                diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.MachineBinding, at.Find($"entity:{entity.Name}/stateMachine"),
                    $"Entity '{entity.Name}' names state machine '{entity.StateMachine}', but '{machine.Id}' is the machine for it; name '{machine.Id}' or remove 'stateMachine'."));
            }

            entities[i] = entity with
            {
                StateMachine = machine.Id,
                StatusField = statusField,
                Fields = new(entity.Fields.Select(f => f.Key == statusField ? f with { IsStateField = true } : f)),
            };
        }

        return module with { Entities = new(entities), StateMachines = new(machines) };
    }
}
