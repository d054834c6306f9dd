using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>The HTTP transport through a real HttpClient: methods, media types, status codes and error bodies.</summary>
public sealed class HttpTransportTests(GraphQLServer server) : IClassFixture<GraphQLServer>, IDisposable
{
    private readonly HttpClient _client = new();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_post_query_answers_with_the_media_type_asked_for()
    {
        var (status, type, body) = await PostAsync("""{"query":"{ hello(name: \"Ada\") }"}""", "application/graphql-response+json");

        Assert.Equal((HttpStatusCode.OK, "application/graphql-response+json"), (status, type));
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", body);
    }

    [Fact]
    public async Task A_get_query_with_url_encoded_variables_works()
    {
        var url = $"{server.Url}?query={Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }")}&variables={Uri.EscapeDataString("""{"n":"GET"}""")}";

        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, GET!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_changes_nothing()
    {
        var before = server.Bumps;
        var response = await _client.GetAsync($"{server.Url}?query={Uri.EscapeDataString("mutation { bump }")}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", Code(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, server.Bumps);
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task Validation_errors_are_200_for_application_json_and_400_for_graphql_response_json(string accept, HttpStatusCode expected)
    {
        var (status, _, body) = await PostAsync("""{"query":"{ nope }"}""", accept);

        Assert.Equal(expected, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(body));
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resolver_error_is_a_partial_result_with_200()
    {
        var (status, _, body) = await PostAsync("""{"query":"{ hello fail }"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("{\"errors\":[{\"message\":", body, StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"hello\":\"Hello, world!\",\"fail\":null}", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_get_405_naming_get_and_post(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), server.Url) { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(a => a.Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Unacceptable_accept_and_unsupported_content_types_are_refused_with_a_graphql_error_body()
    {
        var text = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json") };
        text.Headers.Accept.ParseAdd("text/plain");
        var notAcceptable = await _client.SendAsync(text);
        var form = await _client.PostAsync(server.Url, new StringContent("query={hello}", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var latin1 = await _client.PostAsync(server.Url, new StringContent("""{"query":"{ hello }"}""", Encoding.Latin1, "application/json"));

        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "BAD_REQUEST"), (form.StatusCode, Code(await form.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, latin1.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_a_400_not_a_crash()
    {
        var huge = "{\"query\":\"{ hello }\",\"variables\":{\"x\":\"" + new string('x', 2 * 1024 * 1024) + "\"}}";

        var (status, _, body) = await PostAsync(huge, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("larger than", body, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string? MediaType, string Body)> PostAsync(string json, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await _client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static string? Code(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }
}
