using System.Globalization;

namespace Platform.Postgres.Embedded;

/// <summary>Where the machine's PostgreSQL server programs are (initdb, pg_ctl, postgres).</summary>
/// <param name="Directory">The folder holding them.</param>
/// <param name="MajorVersion">The server's major version, from the folder name or <c>postgres --version</c>.</param>
public sealed record PostgresBinaries(string Directory, int MajorVersion)
{
    private static readonly string[] Required = ["initdb", "pg_ctl", "postgres"];

    /// <summary>Full path of a program in <see cref="Directory"/>.</summary>
    public string Program(string name) => Path.Combine(Directory, name);

    /// <summary>
    /// Finds the programs: an explicit folder, else a PATH folder holding all three, else the
    /// highest version under <c>/usr/lib/postgresql/*/bin</c> (Debian/Ubuntu's layout).
    /// </summary>
    /// <exception cref="EmbeddedPostgresException">None found; the message names the package to install.</exception>
    public static PostgresBinaries Locate(string? explicitDirectory = null)
    {
        if (explicitDirectory is not null)
        {
            return HasAll(explicitDirectory)
                ? new PostgresBinaries(explicitDirectory, VersionOf(explicitDirectory))
                : throw new EmbeddedPostgresException($"POSTGRES_BIN_DIR is '{explicitDirectory}', but initdb, pg_ctl and postgres are not all there. Point it at the folder holding them, or unset it to search PATH and /usr/lib/postgresql/*/bin.");
        }

        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasAll);
        if (fromPath is not null)
        {
            return new PostgresBinaries(fromPath, VersionOf(fromPath));
        }

        var debian = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Bin: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => HasAll(d.Bin))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault()
            : default;
        if (debian.Bin is not null)
        {
            return new PostgresBinaries(debian.Bin, debian.Version);
        }

        throw new EmbeddedPostgresException(
            "PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on PATH or in /usr/lib/postgresql/*/bin. " +
            "Install them (Debian/Ubuntu: apt-get install postgresql), set POSTGRES_BIN_DIR to their folder, or set DATABASE_URL to use an existing server.");
    }

    private static bool HasAll(string directory) => Required.All(p => File.Exists(Path.Combine(directory, p)));

    // Debian's folder names the version (/usr/lib/postgresql/15/bin); elsewhere ask the server: "postgres (PostgreSQL) 15.18".
    private static int VersionOf(string directory)
    {
        var parent = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(directory).TrimEnd('/')));
        if (int.TryParse(parent, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        var info = new System.Diagnostics.ProcessStartInfo(Path.Combine(directory, "postgres"), "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var marker = output.IndexOf(") ", StringComparison.Ordinal);
        var digits = marker < 0 ? "" : new string(output[(marker + 2)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out version) ? version : 0;
    }
}
