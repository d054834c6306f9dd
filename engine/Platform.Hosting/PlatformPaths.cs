using System.Reflection;

namespace Platform.Hosting;

/// <summary>
/// Where things are, independent of the working directory (ARCHITECTURE.md § Paths): the repository
/// root is the folder holding Platform.sln above the assembly; plugins are the stamped
/// <c>PlatformPluginsDir</c> (or <c>&lt;root&gt;/artifacts/plugins</c>), overridden by <c>PLUGINS_DIR</c>;
/// a published host without a repository uses <c>&lt;content root&gt;/plugins</c>; runtime data is <c>&lt;root&gt;/.data</c>.
/// </summary>
/// <param name="RepositoryRoot">The repository root, or null for a published host.</param>
/// <param name="PluginsDirectory">The plugins folder.</param>
/// <param name="DataDirectory">Runtime data (embedded cluster, development secret).</param>
public sealed record PlatformPaths(string? RepositoryRoot, string PluginsDirectory, string DataDirectory)
{
    /// <summary>The paths for the running process.</summary>
    /// <param name="contentRoot">The host's content root, used when there is no repository.</param>
    /// <param name="pluginsOverride">The value of <c>PLUGINS_DIR</c>, if set.</param>
    /// <param name="anchor">The assembly whose location anchors the search (the entry assembly by default).</param>
    public static PlatformPaths Resolve(string contentRoot, string? pluginsOverride = null, Assembly? anchor = null)
    {
        anchor ??= Assembly.GetEntryAssembly() ?? typeof(PlatformPaths).Assembly;
        var root = FindRoot(Path.GetDirectoryName(anchor.Location) ?? AppContext.BaseDirectory);
        var stamped = anchor.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "PlatformPluginsDir")?.Value;
        var plugins = !string.IsNullOrWhiteSpace(pluginsOverride) ? Path.GetFullPath(pluginsOverride)
            : !string.IsNullOrWhiteSpace(stamped) ? stamped
            : root is not null ? Path.Combine(root, "artifacts", "plugins")
            : Path.Combine(contentRoot, "plugins");
        return new PlatformPaths(root, plugins, Path.Combine(root ?? contentRoot, ".data"));
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
