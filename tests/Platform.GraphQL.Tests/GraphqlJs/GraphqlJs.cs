using System.Diagnostics;
using Platform.TestKit;

namespace Platform.GraphQL.Tests.GraphqlJs;

/// <summary>
/// Runs graphql-js 16 (npm <c>graphql</c>, pinned by package-lock.json) under Node for differential
/// tests. Installs it on first use with <c>npm ci</c>, under a file lock, so <c>dotnet test</c> on a
/// fresh machine needs nothing but Node and npm.
/// </summary>
internal static class GraphqlJs
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Platform.GraphQL.Tests", "GraphqlJs");
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<string> RunAsync(string mode, string? input = null)
    {
        await EnsureInstalledAsync();
        var (exitCode, output, error) = await ExecuteAsync("node", ["graphqljs.mjs", mode], input);
        return exitCode == 0 ? output : throw new InvalidOperationException($"graphql-js ({mode}) failed with exit code {exitCode}: {error}");
    }

    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "graphql", "package.json")))
        {
            return;
        }

        await InstallGate.WaitAsync();
        try
        {
            // Test projects may run in parallel processes: serialise the install across them too.
            await using var fileLock = await AcquireLockAsync(Path.Combine(Path.GetTempPath(), "platform-graphql-js.lock"));
            if (!File.Exists(Path.Combine(Folder, "node_modules", "graphql", "package.json")))
            {
                var (exitCode, _, error) = await ExecuteAsync("npm", ["ci", "--no-audit", "--no-fund"], null);
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

    private static async Task<(int ExitCode, string Output, string Error)> ExecuteAsync(string fileName, IReadOnlyList<string> arguments, string? input)
    {
        var info = new ProcessStartInfo(fileName) { WorkingDirectory = Folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
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
