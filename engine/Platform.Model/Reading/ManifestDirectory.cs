namespace Platform.Model.Reading;

/// <summary>Finds and reads the manifest files of a module folder from disk (CLI, host and tests; the generator gets them from the compiler).</summary>
public static class ManifestDirectory
{
    /// <summary>
    /// The manifest files under <paramref name="folder"/> (its <c>manifests/</c> subfolder when it has
    /// one), sorted by path. Paths are shown relative to <paramref name="displayRoot"/> when given.
    /// </summary>
    public static IReadOnlyList<ManifestFile> Read(string folder, string? displayRoot = null)
    {
        var root = Directory.Exists(Path.Combine(folder, "manifests")) ? Path.Combine(folder, "manifests") : folder;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(ManifestKinds.HasManifestExtension)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new ManifestFile(Display(p, displayRoot), File.ReadAllText(p)))
            .ToList();
    }

    /// <summary>Whether <paramref name="folder"/> holds a module manifest (directly or in <c>manifests/</c>).</summary>
    public static bool IsModuleFolder(string folder) =>
        new[] { folder, Path.Combine(folder, "manifests") }.Where(Directory.Exists)
            .Any(d => Directory.EnumerateFiles(d).Any(f => ManifestKinds.Of(f) == ManifestKind.Module));

    private static string Display(string path, string? root)
    {
        if (root is null)
        {
            return path;
        }

        var full = Path.GetFullPath(path);
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length).Replace('\\', '/') : path;
    }
}
