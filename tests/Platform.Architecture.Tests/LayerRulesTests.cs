using Platform.TestKit;

namespace Platform.Architecture.Tests;

public sealed class LayerRulesTests
{
    private static List<ProjectInfo> RepositoryProjects()
    {
        var root = RepositoryRoot.Path;
        return Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Replace('\\', '/').Contains("/artifacts/", StringComparison.Ordinal))
            .Select(p => ProjectInfo.Load(root, p))
            .ToList();
    }

    [Fact]
    public void Repository_FollowsTheLayerRules()
    {
        var projects = RepositoryProjects();

        Assert.Contains(projects, p => p.Name == "Platform.Model");
        Assert.Contains(projects, p => p.Name == "Platform.Core");
        Assert.Empty(LayerRules.Check(projects));
    }

    [Fact]
    public void Core_WithNpgsql_IsAViolation()
    {
        var core = Project("engine/Platform.Core/Platform.Core.csproj", packages: ["Npgsql"]);

        var violation = Assert.Single(LayerRules.Check([core]));
        Assert.Contains("Npgsql", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_WithAspNetCoreFramework_IsAViolation()
    {
        var model = Project("engine/Platform.Model/Platform.Model.csproj", frameworks: ["Microsoft.AspNetCore.App"]);

        Assert.Single(LayerRules.Check([model]));
    }

    [Fact]
    public void Model_ReferencingCore_IsAViolation()
    {
        var model = Project("engine/Platform.Model/Platform.Model.csproj", references: [new("Platform.Core", "engine/Platform.Core/Platform.Core.csproj", true)]);

        var violation = Assert.Single(LayerRules.Check([model]));
        Assert.Contains("depends on no other project", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Module_ReferencingAnotherModule_IsAViolation()
    {
        var module = Project("modules/Inventory/Platform.Modules.Inventory.csproj", references: [new("Platform.Modules.Catalog", "modules/Catalog/Platform.Modules.Catalog.csproj", true)]);

        var violation = Assert.Single(LayerRules.Check([module]));
        Assert.Contains("Platform.Modules.Catalog", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WithCompileTimeModuleReference_IsAViolation_ButBuildOrderOnlyIsAllowed()
    {
        var compileTime = Project("hosts/Platform.Host/Platform.Host.csproj", references: [new("Platform.Modules.Catalog", "modules/Catalog/Platform.Modules.Catalog.csproj", true)]);
        var buildOrderOnly = compileTime with { ProjectReferences = [new("Platform.Modules.Catalog", "modules/Catalog/Platform.Modules.Catalog.csproj", false)] };

        Assert.Single(LayerRules.Check([compileTime]));
        Assert.Empty(LayerRules.Check([buildOrderOnly]));
    }

    [Fact]
    public void Engine_ReferencingHost_IsAViolation()
    {
        var engine = Project("engine/Platform.Hosting/Platform.Hosting.csproj", references: [new("Platform.Host", "hosts/Platform.Host/Platform.Host.csproj", true)]);

        Assert.Single(LayerRules.Check([engine]));
    }

    private static ProjectInfo Project(string path, string[]? packages = null, string[]? frameworks = null, ProjectReferenceInfo[]? references = null) =>
        new(Path.GetFileNameWithoutExtension(path), path, "Microsoft.NET.Sdk", references ?? [], packages ?? [], frameworks ?? []);
}
