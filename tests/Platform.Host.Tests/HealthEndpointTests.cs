using System.Net;
using System.Text.Json;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

public sealed class HealthEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Health_OnTheUrlGivenByUrls_AnswersOk()
    {
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}");
        await using var host = HostProcess.Start(port, database);

        await host.WaitForHttpAsync(new Uri(url, "/health"), TimeSpan.FromSeconds(30));

        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(url, "/health"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UnknownPath_Answers404()
    {
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}");
        await using var host = HostProcess.Start(port, database);
        await host.WaitForHttpAsync(new Uri(url, "/health"), TimeSpan.FromSeconds(30));

        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(url, "/nothing-here"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
