using System.Diagnostics;

namespace Platform.TestKit;

/// <summary>
/// A folder of Node tooling pinned by its package-lock.json (graphql-js, graphql-http, graphql-ws…).
/// Installs it on first use with <c>npm ci</c>, under a file lock shared by parallel test processes,
/// so <c>dotnet test</c> on a fresh machine needs nothing but Node and npm.
/// </summary>
/// <param name="folder">The folder holding package.json and package-lock.json.</param>
/// <param name="marker">A package whose presence means the install is done, e.g. <c>graphql</c>.</param>
public sealed class NodePackage(string folder, string marker)
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>The folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>Runs <c>node</c> with <paramref name="arguments"/> in the folder; throws with its stderr when it fails.</summary>
    public async Task<string> RunAsync(IReadOnlyList<string> arguments, string? input = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await ExecuteAsync("node", arguments, input, environment);
        return exitCode == 0 ? output : throw new InvalidOperationException($"node {string.Join(' ', arguments)} failed with exit code {exitCode}: {error}");
    }

    private async Task EnsureInstalledAsync()
    {
        var installed = Path.Combine(Folder, "node_modules", marker, "package.json");
        if (File.Exists(installed))
        {
            return;
        }

        await InstallGate.WaitAsync();
        try
        {
            await using var fileLock = await AcquireLockAsync(Path.Combine(Path.GetTempPath(), "platform-npm-ci.lock"));
            if (!File.Exists(installed))
            {
                var (exitCode, _, error) = await ExecuteAsync("npm", ["ci", "--no-audit", "--no-fund"], null, null);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"npm ci failed in {Folder}: {error}");
                }
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(200);
            }
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> ExecuteAsync(string fileName, IReadOnlyList<string> arguments, string? input, IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo(fileName) { WorkingDirectory = Folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}; install Node.js and npm.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
