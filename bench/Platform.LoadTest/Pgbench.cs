using System.Diagnostics;
using System.Globalization;
using Platform.Postgres.Embedded;

namespace Platform.LoadTest;

/// <summary>
/// The physical limit of each workload: pgbench running the equivalent single SQL statement (prepared,
/// 2 threads, 32 clients) as the request role, with the organization set per transaction as the host does.
/// </summary>
internal static class Pgbench
{
    private const string Org = "SELECT set_config('app.org_id', 'org_bench', false);\n";

    public static readonly IReadOnlyDictionary<string, string> Scripts = new Dictionary<string, string>
    {
        ["Q1"] = "\\set n random(1, 100000)\n" + Org + "SELECT id, name, slug, status, created_at FROM cat_items WHERE id = 'item_' || lpad(:n::text, 26, '0') AND deleted_at IS NULL;\n",
        ["Q2"] = Org + "SELECT id, name, slug, status, created_at FROM cat_items WHERE status = 'active' AND deleted_at IS NULL ORDER BY created_at, id LIMIT 50;\n",
        ["Q3"] = Org + """
            SELECT i.name, c.name, v.skus FROM (SELECT id, name, category_id, organization_id FROM cat_items WHERE deleted_at IS NULL ORDER BY id LIMIT 20) i
            LEFT JOIN cat_categories c ON c.organization_id = i.organization_id AND c.id = i.category_id AND c.deleted_at IS NULL
            LEFT JOIN LATERAL (SELECT array_agg(sku) AS skus FROM (SELECT sku FROM cat_variants v WHERE v.item_id = i.id AND v.deleted_at IS NULL ORDER BY v.id LIMIT 10) s) v ON true;

            """,
        ["Q4"] = "\\set n random(1, 100000)\n" + Org + "UPDATE cat_items SET name = 'Renamed ' || :n, version = version + 1, updated_at = now() WHERE id = 'item_' || lpad(:n::text, 26, '0') AND deleted_at IS NULL RETURNING id, version;\n",
    };

    /// <summary>Runs one workload for <paramref name="seconds"/>; returns transactions per second, latency percentiles (ms) and pgbench's own CPU seconds.</summary>
    public static async Task<(double Tps, double P50, double P99, double CpuSeconds)> RunAsync(EmbeddedPostgres database, string workload, int seconds)
    {
        var folder = Directory.CreateTempSubdirectory("platform-pgbench-").FullName;
        try
        {
            var script = Path.Combine(folder, workload + ".sql");
            await File.WriteAllTextAsync(script, Scripts[workload]);
            var pgbench = Locate(database);
            var command = $"cd {folder} && '{pgbench}' -n -M prepared -j 2 -c 32 -T {seconds} -f {script} -l --log-prefix=tx -h 127.0.0.1 -p {database.Port} -U {EmbeddedPostgres.AppRole} platform; times";
            var info = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.Environment["PGPASSWORD"] = database.Credentials.App;
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var tpsLine = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"pgbench failed: {output}\n{error}");
            var tps = double.Parse(tpsLine.Split(' ')[2], CultureInfo.InvariantCulture);
            var latencies = Directory.GetFiles(folder, "tx.*")
                .SelectMany(File.ReadLines)
                .Select(l => double.Parse(l.Split(' ')[2], CultureInfo.InvariantCulture) / 1000.0)
                .Order()
                .ToArray();
            var times = output.TrimEnd().Split('\n')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries); // children's user and system time
            return (tps, Percentile(latencies, 0.50), Percentile(latencies, 0.99), Duration(times[0]) + Duration(times[1]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>pgbench beside the server's programs (which may be links elsewhere, e.g. from /usr/local/bin).</summary>
    private static string Locate(EmbeddedPostgres database)
    {
        var server = new FileInfo(database.Binaries.Program("pg_ctl"));
        var folder = Path.GetDirectoryName(server.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? server.FullName)!;
        var pgbench = Path.Combine(folder, "pgbench");
        return File.Exists(pgbench) ? pgbench : throw new InvalidOperationException($"pgbench is not in {folder}; install the PostgreSQL contrib programs (Debian: postgresql-{database.Binaries.MajorVersion.ToString(CultureInfo.InvariantCulture)}).");
    }

    public static double Percentile(double[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    // bash `times` prints 1m2.345s.
    private static double Duration(string text)
    {
        var minutes = text.IndexOf('m', StringComparison.Ordinal);
        return (double.Parse(text[..minutes], CultureInfo.InvariantCulture) * 60) + double.Parse(text[(minutes + 1)..^1], CultureInfo.InvariantCulture);
    }
}
