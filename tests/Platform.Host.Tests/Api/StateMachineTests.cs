using System.Text.Json;

namespace Platform.Host.Tests.Api;

/// <summary>The item lifecycle state machine through fireItemEvent and availableEvents.</summary>
public sealed class StateMachineTests(CatalogHost catalog) : IClassFixture<CatalogHost>
{
    private const string Fire = "mutation($id: ID!, $event: ItemEvent!, $v: Int) { fireItemEvent(id: $id, event: $event, expectedVersion: $v) { status publishedAt version availableEvents } }";

    [Fact]
    public async Task A_failing_guard_is_a_business_rule_error_that_explains_itself_and_changes_nothing()
    {
        using var client = catalog.Admin(out _);
        var id = await CatalogCrudTests.CreateItemAsync(client, "no-category");

        var refused = await client.SendAsync(Fire, new { id, @event = "PUBLISH" });
        var item = await client.SendAsync("query($id: ID!) { item(id: $id) { status version availableEvents } }", new { id });

        Assert.Equal(["BUSINESS_RULE"], refused.ErrorCodes);
        Assert.Equal("Item cannot 'publish' in state 'draft': entity.categoryId is missing, but it must be present.", refused.Errors[0].GetProperty("message").GetString());
        Assert.Equal("entity.categoryId", refused.Errors[0].GetProperty("extensions").GetProperty("failures")[0].GetProperty("field").GetString());
        Assert.Equal("""{"status":"DRAFT","version":1,"availableEvents":["ARCHIVE"]}""", item.At("item").GetRawText());
    }

    [Fact]
    public async Task An_allowed_event_moves_the_state_runs_its_assign_action_and_records_its_events()
    {
        using var client = catalog.Admin(out _);
        var category = await CatalogCrudTests.CreateCategoryAsync(client, "c");
        var id = await CatalogCrudTests.CreateItemAsync(client, "ready", category);
        var before = await client.SendAsync("query($id: ID!) { item(id: $id) { availableEvents } }", new { id });

        var published = (await client.SendAsync(Fire, new { id, @event = "PUBLISH", v = 1 })).At("fireItemEvent");
        var archived = (await client.SendAsync(Fire, new { id, @event = "ARCHIVE" })).At("fireItemEvent");

        Assert.Equal("""["PUBLISH","ARCHIVE"]""", before.At("item.availableEvents").GetRawText());
        Assert.Equal(("ACTIVE", 2, """["ARCHIVE","UNPUBLISH"]"""), (published.GetProperty("status").GetString(), published.GetProperty("version").GetInt32(), published.GetProperty("availableEvents").GetRawText()));
        Assert.True(DateTimeOffset.UtcNow - published.GetProperty("publishedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(1));
        Assert.Equal(("ARCHIVED", 3, """["RESTORE"]"""), (archived.GetProperty("status").GetString(), archived.GetProperty("version").GetInt32(), archived.GetProperty("availableEvents").GetRawText()));
    }

    [Fact]
    public async Task An_event_the_state_does_not_accept_is_refused_listing_the_ones_it_does()
    {
        using var client = catalog.Admin(out _);
        var id = await CatalogCrudTests.CreateItemAsync(client, "draft");

        var refused = await client.SendAsync(Fire, new { id, @event = "RESTORE" });
        var unknown = await client.SendAsync(Fire, new { id, @event = "EXPLODE" });

        Assert.Equal(["BUSINESS_RULE"], refused.ErrorCodes);
        Assert.Equal("Item in state 'draft' does not accept 'restore'. It accepts: archive.", refused.Errors[0].GetProperty("message").GetString());
        Assert.Equal(["BAD_USER_INPUT"], unknown.ErrorCodes);
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_the_status_cannot_be_written_directly()
    {
        using var client = catalog.Admin(out _);
        var id = await CatalogCrudTests.CreateItemAsync(client, "stale");
        await client.SendAsync("mutation($id: ID!) { updateItem(id: $id, patch: { description: \"x\" }) { version } }", new { id });

        var stale = await client.SendAsync(Fire, new { id, @event = "ARCHIVE", v = 1 });
        var direct = await client.SendAsync("mutation($id: ID!) { updateItem(id: $id, patch: { status: ACTIVE }) { status } }", new { id });

        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], direct.ErrorCodes); // ItemPatch has no status: events drive it
    }

    [Fact]
    public async Task Events_need_update_permission_and_available_events_shows_only_what_the_caller_may_fire()
    {
        var org = CatalogHost.NewOrg();
        using var admin = catalog.Host.Client(org);
        using var viewer = catalog.Host.Client(org, "viewer_1", "viewer");
        var id = await CatalogCrudTests.CreateItemAsync(admin, "perm");

        var refused = await viewer.SendAsync(Fire, new { id, @event = "ARCHIVE" });
        var available = await viewer.SendAsync("query($id: ID!) { item(id: $id) { availableEvents } }", new { id });

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal("Permission 'catalog.item:update' is required.", refused.Errors[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Array, available.At("item.availableEvents").ValueKind);
        Assert.Equal(0, available.At("item.availableEvents").GetArrayLength());
    }
}
