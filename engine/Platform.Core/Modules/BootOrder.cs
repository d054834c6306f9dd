using Platform.Model.Definitions;

namespace Platform.Core.Modules;

/// <summary>
/// The order modules boot in: dependencies first, ties broken by id so the order is the same on
/// every machine (Orchard). A missing dependency or a cycle is an error naming every module involved.
/// </summary>
public static class BootOrder
{
    /// <summary>Orders <paramref name="modules"/> topologically.</summary>
    /// <exception cref="ModuleDependencyException">A dependency is missing or the dependencies form a cycle.</exception>
    public static IReadOnlyList<ModuleDefinition> Resolve(IEnumerable<ModuleDefinition> modules)
    {
        var byId = new Dictionary<string, ModuleDefinition>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Id, module))
            {
                throw new ModuleDependencyException($"Module '{module.Id}' is registered twice.", [module.Id]);
            }
        }

        var missing = byId.Values
            .SelectMany(m => m.DependsOn.Where(d => !byId.ContainsKey(d)).Select(d => (Module: m.Id, Dependency: d)))
            .OrderBy(p => p.Module, StringComparer.Ordinal).ThenBy(p => p.Dependency, StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            throw new ModuleDependencyException(
                "Missing module dependencies: " + string.Join("; ", missing.Select(p => $"'{p.Module}' depends on '{p.Dependency}', which is not loaded")) + ". Add the missing modules or remove the dependencies.",
                missing.SelectMany(p => new[] { p.Module, p.Dependency }).Distinct(StringComparer.Ordinal).ToList());
        }

        // Kahn's algorithm, always taking the smallest ready id.
        var remaining = byId.Values.ToDictionary(m => m.Id, m => m.DependsOn.Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var dependents = byId.Values.SelectMany(m => m.DependsOn.Distinct(StringComparer.Ordinal).Select(d => (d, m.Id))).ToLookup(p => p.d, p => p.Id, StringComparer.Ordinal);
        var ready = new SortedSet<string>(remaining.Where(r => r.Value == 0).Select(r => r.Key), StringComparer.Ordinal);
        var order = new List<ModuleDefinition>();
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            order.Add(byId[next]);
            foreach (var dependent in dependents[next])
            {
                if (--remaining[dependent] == 0)
                {
                    ready.Add(dependent);
                }
            }
        }

        if (order.Count < byId.Count)
        {
            var cycle = FindCycle(byId, remaining.Where(r => r.Value > 0).Select(r => r.Key).ToHashSet(StringComparer.Ordinal));
            throw new ModuleDependencyException($"Modules depend on each other in a cycle: {string.Join(" → ", cycle)}. Remove one of these dependencies.", cycle.Distinct(StringComparer.Ordinal).ToList());
        }

        return order;
    }

    private static List<string> FindCycle(Dictionary<string, ModuleDefinition> byId, HashSet<string> blocked)
    {
        // Every blocked module has a blocked dependency, so walking them must revisit one.
        var path = new List<string>();
        var current = blocked.Order(StringComparer.Ordinal).First();
        while (!path.Contains(current))
        {
            path.Add(current);
            current = byId[current].DependsOn.Where(blocked.Contains).Order(StringComparer.Ordinal).First();
        }

        return [.. path.Skip(path.IndexOf(current)), current];
    }
}
