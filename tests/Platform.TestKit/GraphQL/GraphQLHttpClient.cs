using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.TestKit.GraphQL;

/// <summary>A GraphQL-over-HTTP client for end-to-end tests: POSTs operations with an optional bearer token.</summary>
/// <param name="endpoint">The GraphQL endpoint, e.g. <c>http://127.0.0.1:5080/graphql</c>.</param>
public sealed class GraphQLHttpClient(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The bearer token sent with every request, or null for an anonymous client.</summary>
    public string? Token { get; set; }

    /// <summary>Sends an operation.</summary>
    /// <param name="query">The document.</param>
    /// <param name="variables">Variable values (anything System.Text.Json serializes).</param>
    /// <param name="headers">Extra request headers (e.g. <c>Idempotency-Key</c>).</param>
    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        using var response = await _http.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException($"The server answered {(int)response.StatusCode} {response.StatusCode} with an empty body to: {query}");
        }

        using var document = JsonDocument.Parse(text);
        return new GraphQLResponse(response.StatusCode, document.RootElement.Clone());
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
