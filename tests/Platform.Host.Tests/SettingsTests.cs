using System.Net;
using System.Text;
using Platform.Core.Security;
using Platform.TestKit;
using Platform.TestKit.GraphQL;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>Settings beyond the basics: request limits, configured roles, token issuer and audience.</summary>
public sealed class SettingsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Configured_limits_refuse_what_exceeds_them_as_graphql_errors()
    {
        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["GRAPHQL_MAX_DEPTH"] = "3", ["GRAPHQL_MAX_BODY_BYTES"] = "2000" });
        using var client = host.Client("org_limits");

        var deep = await client.SendAsync("{ items { nodes { category { parent { name } } } } }");
        var fine = await client.SendAsync("{ items { nodes { name } } }");
        var big = await client.SendAsync("{ items { totalCount } }" + new string(' ', 3000));

        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], deep.ErrorCodes);
        Assert.Contains("deeper than the limit of 3", deep.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(fine.Errors);
        Assert.Equal(HttpStatusCode.BadRequest, big.Status);
    }

    [Fact]
    public async Task Roles_from_configuration_grant_their_permissions_and_a_bad_one_stops_the_host()
    {
        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?>
        {
            ["Roles__editor__0"] = "catalog.*:read", ["Roles__editor__1"] = "catalog.item:create", ["Roles__editor__2"] = "catalog.item:update",
        });
        using var editor = host.Client("org_roles", "editor_1", "editor");
        var id = (await editor.SendAsync("mutation { createItem(input: { name: \"Desk\", slug: \"desk\" }) { id } }")).At("createItem.id").GetString();

        var update = await editor.SendAsync("mutation($id: ID!) { updateItem(id: $id, patch: { name: \"Oak desk\" }) { name } }", new { id });
        var delete = await editor.SendAsync("mutation($id: ID!) { deleteItem(id: $id) { id } }", new { id });
        var category = await editor.SendAsync("mutation { createCategory(input: { name: \"C\", slug: \"c\" }) { id } }");

        Assert.Equal("Oak desk", update.At("updateItem.name").GetString());
        Assert.Equal(["FORBIDDEN"], delete.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], category.ErrorCodes);

        await using var broken = HostProcess.Start(FreePort.Next(), database, new Dictionary<string, string?> { ["Roles__editor__0"] = "catalog.item" });
        Assert.Equal(1, await broken.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("Roles:editor: 'catalog.item' is not a permission; write resource:action", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_must_name_the_configured_issuer_and_audience()
    {
        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["JWT_ISSUER"] = "https://id.example.com", ["JWT_AUDIENCE"] = "platform" });
        string Token(string? issuer, string? audience) => Jwt.Sign(new Dictionary<string, object?>
        {
            ["sub"] = "actor_1", ["org"] = "org_jwt", ["roles"] = new[] { "admin" }, ["iss"] = issuer, ["aud"] = audience,
            ["exp"] = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds(),
        }, Encoding.UTF8.GetBytes(HostProcess.Secret));

        using var right = new GraphQLHttpClient(host.GraphQLUrl) { Token = Token("https://id.example.com", "platform") };
        using var wrongAudience = new GraphQLHttpClient(host.GraphQLUrl) { Token = Token("https://id.example.com", "other") };
        using var wrongIssuer = new GraphQLHttpClient(host.GraphQLUrl) { Token = Token("https://evil.example.com", "platform") };

        Assert.Empty((await right.SendAsync("{ items { totalCount } }")).Errors);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongAudience.SendAsync("{ items { totalCount } }")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongIssuer.SendAsync("{ items { totalCount } }")).Status);
    }
}
