using System.Text;
using Platform.Core.Security;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>Starts the built host as a real process on a free port.</summary>
public static class HostProcess
{
    public const string Secret = "test-secret-for-the-host-of-at-least-32-bytes";

    /// <summary>Starts the host; with <paramref name="database"/> it runs on that test database (as its owner and app roles).</summary>
    public static TestProcess Start(int port, PostgresDatabase? database = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["JWT_SECRET"] = Secret };
        if (database is not null)
        {
            variables["DATABASE_URL"] = database.OwnerConnectionString;
            variables["DATABASE_APP_URL"] = database.AppConnectionString;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[key] = value;
        }

        return TestProcess.StartDotnet(
            Path.Combine(RepositoryRoot.BinOf("Platform.Host"), "Platform.Host.dll"),
            ["--urls", $"http://127.0.0.1:{port}"],
            variables,
            workingDirectory: Path.GetTempPath());
    }

    /// <summary>A bearer token the host accepts.</summary>
    public static string Token(string org, string actor, params string[] roles) =>
        Jwt.Issue(actor, org, roles, Encoding.UTF8.GetBytes(Secret), DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
}
