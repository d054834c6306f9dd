using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.Postgres.Embedded;

/// <summary>
/// The generated passwords of an embedded cluster's superuser and platform roles. Kept in
/// <c>{data directory}.credentials.json</c> (mode 600) beside the cluster — a development secret
/// under <c>.data/</c>, never committed.
/// </summary>
/// <param name="Superuser">The <c>postgres</c> superuser's password.</param>
/// <param name="Owner">The <c>platform_owner</c> role's password.</param>
/// <param name="App">The <c>platform_app</c> role's password.</param>
public sealed record EmbeddedCredentials(string Superuser, string Owner, string App)
{
    /// <summary>New random passwords.</summary>
    public static EmbeddedCredentials Generate() => new(NewSecret(), NewSecret(), NewSecret());

    /// <summary>The file beside <paramref name="dataDirectory"/>.</summary>
    public static string PathFor(string dataDirectory) => Path.GetFullPath(dataDirectory).TrimEnd('/') + ".credentials.json";

    /// <summary>Reads the file, or null when there is none.</summary>
    public static EmbeddedCredentials? Read(string dataDirectory)
    {
        var path = PathFor(dataDirectory);
        return File.Exists(path) ? JsonSerializer.Deserialize<EmbeddedCredentials>(File.ReadAllText(path)) : null;
    }

    /// <summary>Writes the file, readable by its owner only.</summary>
    public void Write(string dataDirectory)
    {
        var path = PathFor(dataDirectory);
        File.WriteAllText(path, JsonSerializer.Serialize(this));
        RestrictToOwner(path, isDirectory: false);
    }

    /// <summary>Makes a file (rw) or folder (rwx) accessible to its owner only; a no-op on Windows.</summary>
    internal static void RestrictToOwner(string path, bool isDirectory)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | (isDirectory ? UnixFileMode.UserExecute : UnixFileMode.None));
        }
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
