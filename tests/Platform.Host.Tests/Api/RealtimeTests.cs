using System.Text.Json;
using Platform.TestKit.GraphQL;

namespace Platform.Host.Tests.Api;

/// <summary>Subscriptions over graphql-transport-ws against the host process: entity changes, domain events, organizations, two hosts.</summary>
public sealed class RealtimeTests(CatalogHost catalog) : IClassFixture<CatalogHost>
{
    private const string Changes = "subscription($where: ItemFilter) { itemChanged(where: $where) { kind item { slug status } changedFields } }";

    [Fact]
    public async Task Every_kind_of_change_reaches_a_subscriber_with_the_fields_it_changed()
    {
        var org = CatalogHost.NewOrg();
        using var client = catalog.Host.Client(org);
        await using var socket = await catalog.Host.SocketAsync(org);
        await socket.SubscribeAsync("changes", Changes);

        var category = await CatalogCrudTests.CreateCategoryAsync(client, "c");
        var id = await CatalogCrudTests.CreateItemAsync(client, "live", category);
        await client.SendAsync("mutation($id: ID!) { updateItem(id: $id, patch: { name: \"Live!\" }) { id } }", new { id });
        await client.SendAsync("mutation($id: ID!) { fireItemEvent(id: $id, event: PUBLISH) { id } }", new { id });
        await client.SendAsync("mutation($id: ID!) { deleteItem(id: $id) { id } }", new { id });
        await client.SendAsync("mutation($id: ID!) { restoreItem(id: $id) { id } }", new { id });

        var received = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            received.Add(Change(await socket.NextAsync("changes")));
        }

        Assert.Equal(
        [
            """{"kind":"CREATED","item":{"slug":"live","status":"DRAFT"},"changedFields":["name","slug","categoryId","description","attributes","status","tags","media","publishedAt"]}""",
            """{"kind":"UPDATED","item":{"slug":"live","status":"DRAFT"},"changedFields":["name"]}""",
            """{"kind":"TRANSITIONED","item":{"slug":"live","status":"ACTIVE"},"changedFields":["status","publishedAt"]}""",
            """{"kind":"DELETED","item":{"slug":"live","status":"ACTIVE"},"changedFields":["deletedAt"]}""",
            """{"kind":"RESTORED","item":{"slug":"live","status":"ACTIVE"},"changedFields":["deletedAt"]}""",
        ], received);
    }

    [Fact]
    public async Task Where_is_evaluated_on_each_change_and_other_organizations_see_nothing()
    {
        var org = CatalogHost.NewOrg();
        using var client = catalog.Host.Client(org);
        await using var filtered = await catalog.Host.SocketAsync(org);
        await using var stranger = await catalog.Host.SocketAsync(CatalogHost.NewOrg());
        await filtered.SubscribeAsync("a", Changes, new { where = new { slug = new { startsWith = "a-" } } });
        await stranger.SubscribeAsync("all", Changes);
        await stranger.SubscribeAsync("events", "subscription { domainEvents(pattern: \"*\") { type } }");

        await CatalogCrudTests.CreateItemAsync(client, "b-first");
        await CatalogCrudTests.CreateItemAsync(client, "a-second");

        Assert.Equal("a-second", JsonDocument.Parse(Change(await filtered.NextAsync("a"))).RootElement.GetProperty("item").GetProperty("slug").GetString());
        Assert.Null(await filtered.TryNextAsync("a", TimeSpan.FromMilliseconds(500)));
        Assert.Null(await stranger.TryNextAsync("all", TimeSpan.FromMilliseconds(200)));
        Assert.Null(await stranger.TryNextAsync("events", TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Domain_events_match_the_pattern_including_the_events_a_transition_emits()
    {
        var org = CatalogHost.NewOrg();
        using var client = catalog.Host.Client(org);
        await using var socket = await catalog.Host.SocketAsync(org);
        await socket.SubscribeAsync("events", "subscription { domainEvents(pattern: \"catalog.item.*\") { type aggregateType version actorId payload } }");

        var category = await CatalogCrudTests.CreateCategoryAsync(client, "c");
        var id = await CatalogCrudTests.CreateItemAsync(client, "evented", category);
        await client.SendAsync("mutation($id: ID!) { fireItemEvent(id: $id, event: PUBLISH, payload: { reason: \"launch\" }) { id } }", new { id });

        var types = new List<string>();
        JsonElement publish = default;
        for (var i = 0; i < 3; i++)
        {
            var next = (await socket.NextAsync("events")).GetProperty("payload").GetProperty("data").GetProperty("domainEvents");
            types.Add(next.GetProperty("type").GetString()!);
            if (next.GetProperty("type").GetString() == "catalog.item.publish")
            {
                publish = next;
            }
        }

        Assert.Equal(["catalog.item.created", "catalog.item.publish", "catalog.item.published"], types); // not catalog.category.created
        var payload = publish.GetProperty("payload");
        Assert.Equal(("draft", "active", "launch"), (payload.GetProperty("from").GetString(), payload.GetProperty("to").GetString(), payload.GetProperty("payload").GetProperty("reason").GetString()));
        Assert.Equal((2, "actor_1"), (publish.GetProperty("version").GetInt32(), publish.GetProperty("actorId").GetString()));
    }

    [Fact]
    public async Task Subscribing_anonymously_or_with_a_bad_filter_or_pattern_is_an_error()
    {
        await using var anonymous = await GraphQLWebSocketClient.ConnectAsync(catalog.Host.WebSocketUrl, token: null);
        await using var socket = await catalog.Host.SocketAsync(CatalogHost.NewOrg());

        await anonymous.SubscribeAsync("1", Changes);
        await socket.SubscribeAsync("2", "subscription { itemChanged(where: { slug: { matches: \"[\" } }) { kind } }");
        await socket.SubscribeAsync("3", "subscription { domainEvents(pattern: \"catalog..x\") { type } }");

        Assert.Equal("UNAUTHENTICATED", ErrorCode(await anonymous.NextAsync("1")));
        Assert.Equal("VALIDATION_FAILED", ErrorCode(await socket.NextAsync("2")));
        Assert.Equal("VALIDATION_FAILED", ErrorCode(await socket.NextAsync("3")));
    }

    [Fact]
    public async Task A_mutation_on_one_host_reaches_a_subscriber_on_another_host_of_the_same_database()
    {
        await using var second = await TestHost.StartAsync(catalog.Database);
        var org = CatalogHost.NewOrg();
        await using var socket = await second.SocketAsync(org);
        await socket.SubscribeAsync("changes", Changes);

        using var client = catalog.Host.Client(org);
        await CatalogCrudTests.CreateItemAsync(client, "across");

        Assert.Equal("""{"kind":"CREATED","item":{"slug":"across","status":"DRAFT"},"changedFields":["name","slug","categoryId","description","attributes","status","tags","media","publishedAt"]}""", Change(await socket.NextAsync("changes")));
    }

    private static string Change(JsonElement message)
    {
        Assert.True(message.GetProperty("type").GetString() == "next" && message.GetProperty("payload").GetProperty("data").ValueKind == JsonValueKind.Object, message.ToString());
        return message.GetProperty("payload").GetProperty("data").GetProperty("itemChanged").GetRawText();
    }

    private static string? ErrorCode(JsonElement message)
    {
        var errors = message.GetProperty("type").GetString() == "error" ? message.GetProperty("payload") : message.GetProperty("payload").GetProperty("errors");
        return errors[0].GetProperty("extensions").GetProperty("code").GetString();
    }
}
