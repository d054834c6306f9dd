using System.Diagnostics;
using System.Text;
using Platform.Core.Security;
using Platform.Postgres.Embedded;
using Platform.TestKit;
using Platform.TestKit.GraphQL;

namespace Platform.LoadTest;

/// <summary>
/// The system under load: a private embedded PostgreSQL with benchmark settings (fsync, synchronous commit
/// and JIT off, 1 GB shared buffers) and the built host as a process on it, in this build's configuration.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string Secret = "load-test-secret-of-at-least-thirty-two-bytes";

    private readonly string _folder;

    private BenchHost(string folder, EmbeddedPostgres database, TestProcess host, int port)
    {
        _folder = folder;
        Database = database;
        Process = host;
        Url = new Uri($"http://127.0.0.1:{port}");
    }

    public EmbeddedPostgres Database { get; }

    public TestProcess Process { get; }

    public Uri Url { get; }

    public Uri GraphQL => new(Url, "/graphql");

    public Uri WebSocket => new($"ws://{Url.Authority}/graphql");

    public static async Task<BenchHost> StartAsync(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"platform-load-{name}-{Environment.ProcessId}");
        var database = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(folder)
        {
            Settings = new Dictionary<string, string> { ["fsync"] = "off", ["synchronous_commit"] = "off", ["jit"] = "off", ["shared_buffers"] = "1GB", ["max_connections"] = "300" },
        });
        var port = FreePort.Next();
        var host = StartHostProcess(database, port);
        var bench = new BenchHost(folder, database, host, port);
        await host.WaitForHttpAsync(new Uri(bench.Url, "/health"), TimeSpan.FromSeconds(60));
        return bench;
    }

    /// <summary>Starts a host process on <paramref name="database"/> listening on <paramref name="port"/> (Release or Debug like this build), without waiting for it.</summary>
    public static TestProcess StartHostProcess(EmbeddedPostgres database, int port)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Name; // debug or release, like this build
        var environment = new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["JWT_SECRET"] = Secret,
                ["DATABASE_URL"] = database.ConnectionString(EmbeddedPostgres.OwnerRole),
                ["DATABASE_APP_URL"] = database.ConnectionString(EmbeddedPostgres.AppRole),
                ["Logging__LogLevel__Default"] = "Warning",
                ["DOTNET_PerfMapEnabled"] = Environment.GetEnvironmentVariable("LOADTEST_PERF_MAP"), // symbols of JIT-compiled code for perf record
            };
        foreach (var setting in (Environment.GetEnvironmentVariable("LOADTEST_HOST_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            environment[setting.Split('=')[0]] = setting.Split('=', 2)[1]; // experiments: runtime knobs of the host
        }

        return TestProcess.StartDotnet(
            Path.Combine(RepositoryRoot.Path, "artifacts", "bin", "Platform.Host", configuration, "Platform.Host.dll"),
            ["--urls", $"http://127.0.0.1:{port}"],
            environment,
            workingDirectory: Path.GetTempPath());
    }

    public static string Token(string org, string actor = "actor_bench") =>
        Jwt.Issue(actor, org, ["admin"], Encoding.UTF8.GetBytes(Secret), DateTimeOffset.UtcNow, TimeSpan.FromHours(12));

    public GraphQLHttpClient Client(string org) => new(GraphQL) { Token = Token(org) };

    /// <summary>The CPU time the host has used so far (user + system, from /proc).</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{Process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ
    }

    /// <summary>The host's resident set size now, in MiB (from /proc).</summary>
    public double RssMiB()
    {
        var id = Process.Id;
        var status = File.ReadAllLines($"/proc/{id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return status is null ? 0 : double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
            File.Delete(_folder + ".credentials.json");
        }
        catch (IOException e)
        {
            Trace.WriteLine($"Could not remove {_folder}: {e.Message}");
        }
    }
}
