using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Platform.TestKit;

namespace Platform.LoadTest;

/// <summary>
/// Host cold start to first answer (bench/README.md): the cluster is initialised and every module
/// migrated by a first host; then new host processes start on it one after another, and each is timed
/// from process start to the first GraphQL answer with data (an authenticated list query).
/// </summary>
internal static class ColdStart
{
    private const string Query = """{"query":"{ items(first: 1) { nodes { id } } }"}""";

    public static async Task<string> RunAsync(int runs)
    {
        await using var first = await BenchHost.StartAsync("coldstart");
        var times = new List<double>();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var run = 0; run < runs; run++)
        {
            var port = FreePort.Next();
            var clock = Stopwatch.StartNew();
            await using var host = BenchHost.StartHostProcess(first.Database, port);
            while (!await AnswersAsync(client, port))
            {
                if (host.HasExited || clock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new InvalidOperationException($"The host did not answer within {clock.Elapsed.TotalSeconds:0} s:\n{host.Output}");
                }

                await Task.Delay(10);
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
            Console.Error.WriteLine($"run {run + 1}: first answer after {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        times.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"| runs | first answer: median | min | max |\n| --- | --- | --- | --- |\n| {runs} | {times[times.Count / 2]:0} ms | {times[0]:0} ms | {times[^1]:0} ms |\n");
    }

    private static async Task<bool> AnswersAsync(HttpClient client, int port)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/graphql")
        {
            Content = new StringContent(Query, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BenchHost.Token("org_bench"));
        try
        {
            using var response = await client.SendAsync(request);
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).StartsWith("{\"data\":{\"items\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
