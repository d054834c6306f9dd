using System.Diagnostics;
using System.Globalization;
using Platform.Postgres.Embedded;

namespace Platform.TestKit.Postgres;

/// <summary>The initdb'd cluster every test process copies: created once per machine and server version, under a file lock.</summary>
internal static class ClusterTemplate
{
    private const string Layout = "v1"; // bump when the template's contents change

    public static async Task<string> EnsureAsync(PostgresBinaries binaries)
    {
        var root = Path.Combine(Path.GetTempPath(), $"platform-pg-template-{binaries.MajorVersion.ToString(CultureInfo.InvariantCulture)}-{Layout}");
        var complete = Path.Combine(root, ".complete");
        if (File.Exists(complete))
        {
            return root;
        }

        await using var fileLock = await AcquireLockAsync(root + ".lock").ConfigureAwait(false);
        if (File.Exists(complete))
        {
            return root;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true); // a half-made template from an interrupted run
        }

        Directory.CreateDirectory(root);
        await using (var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(Path.Combine(root, "data")) { BinDirectory = binaries.Directory }).ConfigureAwait(false))
        {
            await server.StopAsync().ConfigureAwait(false);
        }

        File.Delete(Path.Combine(root, "data", "server.log"));
        await File.WriteAllTextAsync(complete, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return root;
    }

    /// <summary>Copies the template's folder into <paramref name="destination"/>, keeping owners and modes.</summary>
    public static Task CopyAsync(string template, string destination) =>
        RunAsync("cp", ["-a", Path.Combine(template, "data"), Path.Combine(template, "data.credentials.json"), destination]);

    /// <summary>Stops and deletes the clusters of test processes that no longer run (crashed or killed runs).</summary>
    public static void RemoveAbandonedClusters(PostgresBinaries binaries)
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), "platform-pg-*"))
        {
            var parts = Path.GetFileName(directory).Split('-');
            if (parts.Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsAlive(pid))
            {
                continue;
            }

            try
            {
                var data = Path.Combine(directory, "data");
                if (File.Exists(Path.Combine(data, "postmaster.pid")))
                {
                    RunAsync("runuser", ["-u", "postgres", "--", binaries.Program("pg_ctl"), "-D", data, "-m", "immediate", "stop"]).GetAwaiter().GetResult();
                }

                Directory.Delete(directory, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                Trace.WriteLine($"Could not remove abandoned test cluster {directory}: {exception.Message}");
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (deadline.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(200).ConfigureAwait(false);
            }
        }
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed: {await error.ConfigureAwait(false)}");
        }
    }
}
