using System.Net;
using System.Text;
using Platform.TestKit;

namespace Platform.Host.Tests;

/// <summary>The host process serves the platform's schema over GraphQL-over-HTTP.</summary>
public sealed class GraphQLEndpointTests
{
    [Fact]
    public async Task The_host_answers_a_graphql_post_and_a_graphql_get()
    {
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}");
        await using var host = TestProcess.StartDotnet(
            Path.Combine(RepositoryRoot.BinOf("Platform.Host"), "Platform.Host.dll"),
            ["--urls", url.ToString()],
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            workingDirectory: Path.GetTempPath());
        await host.WaitForHttpAsync(new Uri(url, "/health"), TimeSpan.FromSeconds(30));
        using var client = new HttpClient();

        using var post = await client.PostAsync(new Uri(url, "/graphql"), new StringContent("""{"query":"{ __typename modules { id version } }"}""", Encoding.UTF8, "application/json"));
        using var get = await client.GetAsync(new Uri(url, "/graphql?query=" + Uri.EscapeDataString("{ __schema { queryType { name } } }")));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query","modules":[]}}""", await post.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", await get.Content.ReadAsStringAsync());
    }
}
