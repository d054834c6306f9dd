using System.Text.Json;
using Platform.TestKit;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>The official graphql-http audit suite (npm graphql-http serverAudits) against our HTTP transport.</summary>
public sealed class HttpAuditTests(GraphQLServer server) : IClassFixture<GraphQLServer>
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };
    private static readonly NodePackage Node = new(Path.Combine(RepositoryRoot.Path, "tests", "Platform.GraphQL.AspNetCore.Tests", "Node"), "graphql-http");

    [Fact]
    public async Task Every_audit_of_graphql_http_passes()
    {
        var output = await Node.RunAsync(["audit.mjs"], environment: new Dictionary<string, string> { ["GRAPHQL_URL"] = server.Url.ToString() });
        var results = JsonSerializer.Deserialize<List<AuditResult>>(output, Options)!;

        Assert.True(results.Count >= 60, $"only {results.Count} audits ran");
        var failed = results.Where(r => r.Status != "ok").Select(r => $"{r.Id} {r.Name}: {r.Status} {r.Reason}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
