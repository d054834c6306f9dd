namespace Platform.Model.Reading;

/// <summary>Recognises manifest files by name (ARCHITECTURE.md § Manifests).</summary>
public static class ManifestKinds
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>The kind of the file at <paramref name="path"/>; only the file name counts.</summary>
    public static ManifestKind Of(string path)
    {
        var name = FileName(path);
        var extension = Extensions.FirstOrDefault(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (extension is null)
        {
            return ManifestKind.Unknown;
        }

        var stem = name.Substring(0, name.Length - extension.Length);
        if (string.Equals(stem, "module", StringComparison.OrdinalIgnoreCase))
        {
            return ManifestKind.Module;
        }

        if (stem.EndsWith(".entity", StringComparison.OrdinalIgnoreCase) && stem.Length > ".entity".Length)
        {
            return ManifestKind.Entity;
        }

        return stem.EndsWith(".fsm", StringComparison.OrdinalIgnoreCase) && stem.Length > ".fsm".Length ? ManifestKind.StateMachine : ManifestKind.Unknown;
    }

    /// <summary>Whether the file has a manifest extension (yaml, yml or json).</summary>
    public static bool HasManifestExtension(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
