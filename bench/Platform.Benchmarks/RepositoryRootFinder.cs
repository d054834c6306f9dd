namespace Platform.Benchmarks;

/// <summary>Finds the repository root (the folder holding Platform.sln) from the benchmark's location.</summary>
internal static class RepositoryRootFinder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
