using Platform.TestKit;

namespace Platform.Host.Tests;

/// <summary>Starts the built host as a real process on a free port.</summary>
internal static class HostProcess
{
    public const string Secret = "test-secret-for-the-host-of-at-least-32-bytes";

    public static TestProcess Start(int port, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["JWT_SECRET"] = Secret };
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
}
