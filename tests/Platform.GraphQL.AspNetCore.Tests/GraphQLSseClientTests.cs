using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.TestKit;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>GraphQL over SSE (distinct connections mode) with the npm graphql-sse client and raw HTTP.</summary>
public sealed class GraphQLSseClientTests(GraphQLServer server) : IClassFixture<GraphQLServer>
{
    private static readonly NodePackage Node = new(Path.Combine(RepositoryRoot.Path, "tests", "Platform.GraphQL.AspNetCore.Tests", "Node"), "graphql-sse");

    [Fact]
    public async Task The_graphql_sse_client_streams_a_subscription_runs_a_query_and_sees_validation_errors()
    {
        var output = await Node.RunAsync(["sse-client.mjs"], environment: new Dictionary<string, string> { ["GRAPHQL_SSE_URL"] = server.StreamUrl.ToString() });

        Assert.Equal(
            """{"ticks":[{"data":{"ticks":1}},{"data":{"ticks":2}},{"data":{"ticks":3}}],"hello":[{"data":{"hello":"Hello, SSE!"}}],"invalid":["GRAPHQL_VALIDATION_FAILED"]}""",
            output);
    }

    [Fact]
    public async Task The_stream_is_next_events_then_complete()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.StreamUrl) { Content = new StringContent("""{"query":"subscription { ticks(count: 2) }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"ticks\":1}}\n\nevent: next\ndata: {\"data\":{\"ticks\":2}}\n\nevent: complete\ndata: \n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_accepting_an_event_stream_the_request_is_refused()
    {
        using var client = new HttpClient();

        using var response = await client.PostAsync(server.StreamUrl, new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }
}
