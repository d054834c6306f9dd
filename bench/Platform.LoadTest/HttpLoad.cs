using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Platform.TestKit;

namespace Platform.LoadTest;

/// <summary>
/// The generated API against the physical limit (bench/README.md): Q1–Q4 through the host under autocannon
/// (32 connections, 5 s warm-up + 15 s measured), and pgbench running each workload's single SQL statement,
/// interleaved, in 3 rounds; the median round of each is reported with CPU use and the host's peak RSS.
/// </summary>
internal static class HttpLoad
{
    private static readonly NodePackage Autocannon = new(Path.Combine(RepositoryRoot.Path, "bench", "load"), "autocannon");

    /// <summary>What the peer reached, as a share of pgbench (the figures), per workload.</summary>
    private static readonly Dictionary<string, double> Peer = new() { ["Q1"] = 0.08, ["Q2"] = 0.07, ["Q3"] = 0.20, ["Q4"] = 0.11 };

    public static async Task<string> RunAsync(IReadOnlyList<string> workloads, int rounds, int warmup, int seconds)
    {
        await using var host = await BenchHost.StartAsync("http");
        Console.Error.WriteLine("seeding 200 categories, 100,000 items, 300,000 variants");
        await Dataset.SeedAsync(host.Database);
        await CheckAsync(host);

        if (Environment.GetEnvironmentVariable("LOADTEST_PAUSE_SECONDS") is { } pause)
        {
            // Time to attach a profiler: dotnet-trace collect -p <pid>.
            Console.Error.WriteLine($"host pid {host.Process.Id}; starting in {pause} s");
            await Task.Delay(TimeSpan.FromSeconds(int.Parse(pause, CultureInfo.InvariantCulture)));
        }

        var results = workloads.ToDictionary(w => w, _ => new List<Measurement>());
        var postgres = PostmasterPid(host.Database.DataDirectory);
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var workload in workloads)
            {
                Console.Error.WriteLine($"round {round}: {workload} through the host, then pgbench");
                await SettleAsync(host, postgres);
                var viaHost = await MeasureHostAsync(host, workload, warmup, seconds, postgres);
                await SettleAsync(host, postgres);
                await Pgbench.RunAsync(host.Database, workload, warmup);
                var pgBefore = Cpu.TreeSeconds(postgres);
                var (tps, p50, p99, pgbenchCpu) = await Pgbench.RunAsync(host.Database, workload, seconds);
                await Task.Delay(500); // pgbench's backends end with it; their time counts once the server has reaped them
                var pgCpu = (Cpu.TreeSeconds(postgres) - pgBefore) / seconds;
                results[workload].Add(viaHost with { PgbenchTps = tps, PgbenchP50 = p50, PgbenchP99 = p99, PgbenchPostgresCpu = pgCpu, PgbenchCpu = pgbenchCpu / seconds });
            }
        }

        var peak = Cpu.PeakRssMiB(host.Process.Id);
        var report = new StringBuilder();
        report.Append("| workload | host req/s | p50 | p99 | errors | pgbench tps (p50 / p99) | host ÷ pgbench | peer | target (2× peer) | CPU host / Postgres / autocannon | CPU under pgbench: Postgres / pgbench |\n");
        report.Append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var (workload, runs) in results)
        {
            var median = runs.OrderBy(r => r.RequestsPerSecond / r.PgbenchTps).ElementAt(runs.Count / 2);
            var ratio = median.RequestsPerSecond / median.PgbenchTps;
            report.Append(CultureInfo.InvariantCulture,
                $"| {workload} | {median.RequestsPerSecond:0} | {median.P50:0.0} ms | {median.P99:0.0} ms | {runs.Sum(r => r.Errors)} | {median.PgbenchTps:0} ({median.PgbenchP50:0.0} / {median.PgbenchP99:0.0} ms) | **{ratio:P0}** | {Peer[workload]:P0} | {2 * Peer[workload]:P0} | {median.HostCpu:0.00} / {median.PostgresCpu:0.00} / {median.LoadCpu:0.00} cores | {median.PgbenchPostgresCpu:0.00} / {median.PgbenchCpu:0.00} cores |\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"\nHost peak RSS: {peak:0} MiB. Rounds: {rounds}, each {warmup} s warm-up + {seconds} s measured; the median round by ratio is shown.\n");
        return report.ToString();
    }

    /// <summary>Every workload answers without errors before any is measured.</summary>
    private static async Task CheckAsync(BenchHost host)
    {
        using var client = host.Client(Dataset.Org);
        foreach (var query in new[]
        {
            $$"""{ item(id: "{{Dataset.ItemId(42)}}") { id name slug status createdAt } }""",
            "{ items(where: { status: { eq: ACTIVE } }, order: [{ createdAt: ASC }], first: 50) { nodes { id } } }",
            "{ items(first: 20) { nodes { name category { name } variants(first: 10) { nodes { sku } } } } }",
            $$"""mutation { updateItem(id: "{{Dataset.ItemId(7)}}", patch: { name: "Checked" }) { version } }""",
        })
        {
            var response = await client.SendAsync(query);
            if (response.Errors.Count > 0 || response.Data.ValueKind == JsonValueKind.Null)
            {
                throw new InvalidOperationException($"The workload does not answer cleanly: {query} → {response}");
            }
        }
    }

    private static async Task<Measurement> MeasureHostAsync(BenchHost host, string workload, int warmup, int seconds, int postgres)
    {
        var config = JsonSerializer.Serialize(new { url = host.GraphQL.ToString(), token = BenchHost.Token(Dataset.Org), workload, connections = 32, warmupSeconds = warmup, seconds, items = Dataset.Items });
        var running = Autocannon.RunAsync(["autocannon.mjs", config]);
        await Task.Delay(TimeSpan.FromSeconds(warmup + 0.5));
        var (hostBefore, pgBefore, clock) = (Cpu.Seconds(host.Process.Id), Cpu.TreeSeconds(postgres), Stopwatch.StartNew());
        await Task.Delay(TimeSpan.FromSeconds(seconds - 1));
        var (hostCpu, pgCpu) = ((Cpu.Seconds(host.Process.Id) - hostBefore) / clock.Elapsed.TotalSeconds, (Cpu.TreeSeconds(postgres) - pgBefore) / clock.Elapsed.TotalSeconds);
        using var result = JsonDocument.Parse(await running);
        var root = result.RootElement;
        return new Measurement(root.GetProperty("requestsPerSecond").GetDouble(), root.GetProperty("p50").GetDouble(), root.GetProperty("p99").GetDouble(), root.GetProperty("errors").GetInt32(),
            hostCpu, pgCpu, root.GetProperty("cpuSeconds").GetDouble() / seconds);
    }

    /// <summary>
    /// Waits until the host and the server are idle (under 0.1 cores for a second, at most a minute):
    /// the writes of Q4 leave the outbox relay and autovacuum busy for a while, which would otherwise
    /// be counted against the next workload.
    /// </summary>
    private static async Task SettleAsync(BenchHost host, int postgres)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            var before = Cpu.Seconds(host.Process.Id) + Cpu.TreeSeconds(postgres);
            await Task.Delay(1000);
            if (Cpu.Seconds(host.Process.Id) + Cpu.TreeSeconds(postgres) - before < 0.1)
            {
                break;
            }
        }

        if (clock.Elapsed > TimeSpan.FromSeconds(1.5))
        {
            Console.Error.WriteLine($"  waited {clock.Elapsed.TotalSeconds:0} s for the host and the server to go idle");
        }
    }

    private static int PostmasterPid(string dataDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    private sealed record Measurement(double RequestsPerSecond, double P50, double P99, int Errors, double HostCpu, double PostgresCpu, double LoadCpu)
    {
        public double PgbenchTps { get; init; }

        public double PgbenchP50 { get; init; }

        public double PgbenchP99 { get; init; }

        public double PgbenchPostgresCpu { get; init; }

        public double PgbenchCpu { get; init; }
    }
}
