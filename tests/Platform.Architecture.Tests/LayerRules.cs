namespace Platform.Architecture.Tests;

/// <summary>
/// The boundaries of ARCHITECTURE.md § Layout, checked on project files: each rule returns the
/// violations it finds as sentences naming the project and the reference.
/// </summary>
public static class LayerRules
{
    private static readonly string[] InfrastructurePackages = ["Npgsql", "Microsoft.AspNetCore", "Dapper", "StackExchange.Redis"];
    private static readonly string[] PureEngineProjects = ["Platform.Model", "Platform.Core"];

    public static IReadOnlyList<string> Check(IEnumerable<ProjectInfo> projects)
    {
        var violations = new List<string>();
        foreach (var project in projects)
        {
            CheckPureEngine(project, violations);
            CheckModel(project, violations);
            CheckModule(project, violations);
            CheckHost(project, violations);
            CheckEngine(project, violations);
        }

        return violations;
    }

    // "Platform.Model and Platform.Core reference no infrastructure (no Npgsql, no ASP.NET Core)."
    private static void CheckPureEngine(ProjectInfo project, List<string> violations)
    {
        if (!PureEngineProjects.Contains(project.Name))
        {
            return;
        }

        foreach (var package in project.PackageReferences.Where(p => InfrastructurePackages.Any(i => p.StartsWith(i, StringComparison.OrdinalIgnoreCase))))
        {
            violations.Add($"{project.Name} references infrastructure package {package}; Model and Core stay free of infrastructure.");
        }

        if (project.Sdk.Contains("Web", StringComparison.OrdinalIgnoreCase) || project.FrameworkReferences.Any(f => f.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)))
        {
            violations.Add($"{project.Name} uses ASP.NET Core; Model and Core stay free of infrastructure.");
        }

        foreach (var reference in project.ProjectReferences.Where(r => !PureEngineProjects.Contains(r.Name)))
        {
            violations.Add($"{project.Name} references {reference.Name}; Model and Core may reference only each other (Core → Model).");
        }
    }

    // Model is the bottom layer: the generator loads it, so it depends on no project.
    private static void CheckModel(ProjectInfo project, List<string> violations)
    {
        if (project.Name == "Platform.Model")
        {
            violations.AddRange(project.ProjectReferences.Select(r => $"Platform.Model references {r.Name}; the model depends on no other project."));
        }
    }

    // "Modules reference engine contracts only, never another module."
    private static void CheckModule(ProjectInfo project, List<string> violations)
    {
        if (project.Area != "modules")
        {
            return;
        }

        foreach (var reference in project.ProjectReferences)
        {
            if (reference.Area == "modules")
            {
                violations.Add($"Module {project.Name} references module {reference.Name}; modules talk through commands, queries and events.");
            }
            else if (reference.Area is "hosts" or "tests")
            {
                violations.Add($"Module {project.Name} references {reference.Name}; modules reference engine contracts only.");
            }
        }
    }

    // "Hosts have no compile-time reference to any module" (build-order-only references are allowed).
    private static void CheckHost(ProjectInfo project, List<string> violations)
    {
        if (project.Area != "hosts")
        {
            return;
        }

        foreach (var reference in project.ProjectReferences.Where(r => r.Area == "modules" && r.ReferencesAssembly))
        {
            violations.Add($"Host {project.Name} has a compile-time reference to module {reference.Name}; use ReferenceOutputAssembly=\"false\" and load it as a plugin.");
        }
    }

    // The engine never depends on what sits above it.
    private static void CheckEngine(ProjectInfo project, List<string> violations)
    {
        if (project.Area is not ("engine" or "generators"))
        {
            return;
        }

        foreach (var reference in project.ProjectReferences.Where(r => r.Area is "modules" or "hosts" or "tests"))
        {
            violations.Add($"{project.Name} references {reference.Name}; the engine does not depend on modules, hosts or tests.");
        }
    }
}
