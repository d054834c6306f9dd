namespace Platform.TestKit;

/// <summary>Locates the repository (the folder holding <c>Platform.sln</c>) from the test assembly.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The absolute path of the repository root.</summary>
    public static string Path => Root.Value;

    /// <summary>The build configuration the tests were built in, lower case as in the artifacts folder.</summary>
    public static string Configuration =>
#if DEBUG
        "debug";
#else
        "release";
#endif

    /// <summary>The output folder of a project built under <c>artifacts/bin</c>.</summary>
    public static string BinOf(string projectName) =>
        System.IO.Path.Combine(Path, "artifacts", "bin", projectName, Configuration);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
