using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Reading;

namespace Platform.Model.Checks;

/// <summary>
/// Compiles several modules together, so what one module cannot see alone is checked too:
/// dependencies that do not exist, dependency cycles, references into other modules, and tables
/// or GraphQL types two modules both generate. <c>platform validate</c> and the host use it.
/// </summary>
public static class WorkspaceCompiler
{
    /// <summary>Compiles each module's manifests with every other module in view.</summary>
    /// <param name="modules">The manifest files of each module.</param>
    /// <returns>One result per module, in the order given.</returns>
    public static IReadOnlyList<CompiledModule> Compile(IReadOnlyList<IReadOnlyList<ManifestFile>> modules)
    {
        var parsed = modules.Select(files => files.Select(ManifestReader.Read).ToList()).ToList();
        var alone = parsed.Select(p => ManifestCompiler.Compile(p)).ToList();
        var results = new List<CompiledModule>();
        for (var i = 0; i < parsed.Count; i++)
        {
            var others = alone.Where((c, j) => j != i && c.Module is not null).Select(c => c.Module!).ToList();
            results.Add(ManifestCompiler.Compile(parsed[i], others));
        }

        return AddCycles(results);
    }

    private static List<CompiledModule> AddCycles(List<CompiledModule> results)
    {
        var byId = results.Where(r => r.Module is not null).GroupBy(r => r.Module!.Id).ToDictionary(g => g.Key, g => g.First().Module!, StringComparer.Ordinal);
        var inCycle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var start in byId.Keys)
        {
            var path = new List<string>();
            if (FindCycle(start, start, byId, path, new HashSet<string>(StringComparer.Ordinal)))
            {
                inCycle[start] = string.Join(" → ", new[] { start }.Concat(path));
            }
        }

        return results.Select(result =>
        {
            if (result.Module is not { } module || !inCycle.TryGetValue(module.Id, out var cycle))
            {
                return result;
            }

            var locations = new ManifestLocations(result.Locations);
            var index = module.DependsOn.ToList().FindIndex(d => cycle.Contains(" → " + d));
            var diagnostic = new ManifestDiagnostic(DiagnosticCatalog.InvalidDependency, locations.Find($"module/dependsOn/{Math.Max(0, index)}"),
                $"Modules depend on each other in a cycle ({cycle}), so none of them can boot first; remove one of the dependencies.");
            var sorted = result.Diagnostics.Concat([diagnostic]).OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal).ThenBy(d => d.Location?.Offset ?? 0);
            return result with { Diagnostics = new(sorted) };
        }).ToList();
    }

    private static bool FindCycle(string start, string current, Dictionary<string, ModuleDefinition> modules, List<string> path, HashSet<string> seen)
    {
        if (!modules.TryGetValue(current, out var module) || !seen.Add(current))
        {
            return false;
        }

        foreach (var dependency in module.DependsOn)
        {
            path.Add(dependency);
            if (dependency == start || FindCycle(start, dependency, modules, path, seen))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }
}
