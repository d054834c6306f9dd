using System.Diagnostics;

namespace Platform.Postgres.Embedded;

/// <summary>
/// Runs PostgreSQL's programs. PostgreSQL refuses to run as root, so when this process is root
/// the programs run as the <c>postgres</c> OS user (through <c>runuser</c>), and the folders they
/// write are handed to that user.
/// </summary>
internal static class ServerProcess
{
    public const string ServiceUser = "postgres";

    public static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>Runs a server program to completion; a non-zero exit is an error carrying its output.</summary>
    public static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (fileName, args) = IsRoot
            ? ("runuser", new[] { "-u", ServiceUser, "--", program }.Concat(arguments).ToList())
            : (program, arguments.ToList());
        return await RunRawAsync(fileName, args, timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hands <paramref name="path"/> (recursively) to the service user when running as root.</summary>
    public static async Task GiveToServiceUserAsync(string path, CancellationToken cancellationToken)
    {
        if (IsRoot)
        {
            await RunRawAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", path], TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<string> RunRawAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Messages in English whatever the machine's locale, so errors can be read and matched.
        info.Environment["LC_ALL"] = "C";
        info.Environment["LANG"] = "C";

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new EmbeddedPostgresException($"Could not start {fileName}.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            var hint = fileName == "runuser" ? " runuser (util-linux) is needed to run PostgreSQL as the 'postgres' user when running as root." : "";
            throw new EmbeddedPostgresException($"Could not start {fileName}: {exception.Message}.{hint}", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new EmbeddedPostgresException($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.");
            }

            var text = (await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false));
            if (process.ExitCode != 0)
            {
                throw new EmbeddedPostgresException($"{Path.GetFileName(arguments.Count > 3 && fileName == "runuser" ? arguments[3] : fileName)} failed (exit code {process.ExitCode}): {text.Trim()}");
            }

            return text;
        }
    }
}
