using System.Xml.Linq;

namespace Platform.Architecture.Tests;

/// <summary>What the layer rules need to know about one csproj.</summary>
public sealed record ProjectInfo(
    string Name,
    string RelativePath,
    string Sdk,
    IReadOnlyList<ProjectReferenceInfo> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences)
{
    public string Area => RelativePath.Split('/')[0];

    public static ProjectInfo Load(string root, string csprojPath)
    {
        var document = XDocument.Load(csprojPath);
        var directory = Path.GetDirectoryName(csprojPath)!;
        var items = document.Descendants().ToList();
        var references = items
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => new ProjectReferenceInfo(
                Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')),
                Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(directory, e.Attribute("Include")!.Value.Replace('\\', '/')))).Replace('\\', '/'),
                !string.Equals(e.Attribute("ReferenceOutputAssembly")?.Value, "false", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return new ProjectInfo(
            Path.GetFileNameWithoutExtension(csprojPath),
            Path.GetRelativePath(root, csprojPath).Replace('\\', '/'),
            document.Root?.Attribute("Sdk")?.Value ?? "",
            references,
            items.Where(e => e.Name.LocalName == "PackageReference").Select(e => e.Attribute("Include")!.Value).ToList(),
            items.Where(e => e.Name.LocalName == "FrameworkReference").Select(e => e.Attribute("Include")!.Value).ToList());
    }
}

/// <summary>A project reference; <see cref="ReferencesAssembly"/> is false for build-order-only references.</summary>
public sealed record ProjectReferenceInfo(string Name, string RelativePath, bool ReferencesAssembly)
{
    public string Area => RelativePath.Split('/')[0];
}
