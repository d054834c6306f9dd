using System.Globalization;

namespace Platform.LoadTest;

/// <summary>
/// Mutation → subscriber latency: N WebSocket subscribers of one item's changes on one host, M updates
/// one after another. For each delivered change: the time from the write (the item's updatedAt, set
/// by the host just before its statement, on this machine's clock) to its arrival at the subscriber —
/// an upper bound of commit → subscriber.
/// </summary>
internal static class LatencyLoad
{
    public static async Task<string> RunAsync(IReadOnlyList<int> subscriberCounts, int mutations)
    {
        await using var host = await BenchHost.StartAsync("latency");
        var report = new System.Text.StringBuilder("| subscribers | deliveries | p50 | p90 | p99 | max | host CPU per delivery | load generator CPU per delivery | host RSS |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var count in subscriberCounts)
        {
            var org = $"org_latency_{count}";
            using var client = host.Client(org);
            var id = (await client.SendAsync("mutation { createItem(input: { name: \"Latency\", slug: \"latency\" }) { id } }")).At("createItem.id").GetString()!;
            var token = BenchHost.Token(org);
            var subscribers = new List<Subscriber>();
            for (var i = 0; i < count; i++)
            {
                subscribers.Add(await Subscriber.ConnectAsync(host.WebSocket, token, "subscription($id: ID!) { itemChanged(where: { id: { eq: $id } }) { item { updatedAt } } }", $$"""{"id":"{{id}}"}"""));
            }

            if (Environment.GetEnvironmentVariable("LOADTEST_PAUSE_SECONDS") is { } pause)
            {
                // Time to attach a profiler: dotnet-trace collect -p <pid>.
                Console.Error.WriteLine($"host pid {host.Process.Id}; starting in {pause} s");
                await Task.Delay(TimeSpan.FromSeconds(int.Parse(pause, CultureInfo.InvariantCulture)));
            }

            var readers = subscribers.Select(s => s.ReceiveChangesAsync(mutations)).ToList();
            var hostCpu = host.CpuTime();
            var loadCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            for (var m = 0; m < mutations; m++)
            {
                (await client.SendAsync("mutation($id: ID!, $n: String!) { updateItem(id: $id, patch: { name: $n }) { version } }", new { id, n = $"Latency {m}" })).Ok();
                await Task.Delay(count > 100 ? 50 : 10); // latency, not throughput: each change is delivered before the next
            }

            var arrivals = (await Task.WhenAll(readers)).SelectMany(l => l).ToList();
            var hostPerDelivery = (host.CpuTime() - hostCpu).TotalMicroseconds / arrivals.Count;
            var loadPerDelivery = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - loadCpu).TotalMicroseconds / arrivals.Count;
            var rss = host.RssMiB();
            foreach (var subscriber in subscribers)
            {
                await subscriber.DisposeAsync();
            }

            var sorted = arrivals.Order().ToArray();
            double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            report.Append(CultureInfo.InvariantCulture, $"| {count} | {sorted.Length} | {P(0.50):0.0} ms | {P(0.90):0.0} ms | {P(0.99):0.0} ms | {sorted[^1]:0.0} ms | {hostPerDelivery:0} µs | {loadPerDelivery:0} µs | {rss:0} MiB |\n");
        }

        return report.ToString();
    }
}
