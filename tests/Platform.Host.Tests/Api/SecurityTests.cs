namespace Platform.Host.Tests.Api;

/// <summary>Anonymous callers, permissions and organizations, through the host process.</summary>
public sealed class SecurityTests(CatalogHost catalog) : IClassFixture<CatalogHost>
{
    [Fact]
    public async Task Anonymous_callers_get_typename_and_introspection_but_every_entity_field_is_unauthenticated()
    {
        using var anonymous = catalog.Host.Client(org: null);

        var typename = await anonymous.SendAsync("{ __typename __type(name: \"Item\") { name } }");
        var list = await anonymous.SendAsync("{ items { totalCount } }");
        var read = await anonymous.SendAsync("{ item(id: \"item_x\") { id } }");
        var write = await anonymous.SendAsync("mutation { createCategory(input: { name: \"x\", slug: \"x\" }) { id } }");

        Assert.Equal("""{"__typename":"Query","__type":{"name":"Item"}}""", typename.Ok().GetRawText());
        Assert.Equal(["UNAUTHENTICATED"], list.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], read.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], write.ErrorCodes);
    }

    [Fact]
    public async Task Roles_decide_what_a_caller_may_do()
    {
        var org = CatalogHost.NewOrg();
        using var admin = catalog.Host.Client(org);
        using var viewer = catalog.Host.Client(org, "viewer_1", "viewer");
        using var nobody = catalog.Host.Client(org, "guest_1", "guest");
        var id = await CatalogCrudTests.CreateItemAsync(admin, "owned");

        var viewerReads = await viewer.SendAsync("query($id: ID!) { item(id: $id) { slug } }", new { id });
        var viewerWrites = await viewer.SendAsync("mutation($id: ID!) { updateItem(id: $id, patch: { name: \"no\" }) { id } }", new { id });
        var viewerDeletes = await viewer.SendAsync("mutation($id: ID!) { deleteItem(id: $id) { id } }", new { id });
        var unknownRole = await nobody.SendAsync("{ items { totalCount } }");
        var adminCommand = await admin.SendAsync("mutation($id: ID!) { duplicateItem(input: { itemId: $id, slug: \"owned-2\" }) { slug } }", new { id });
        var viewerCommand = await viewer.SendAsync("mutation($id: ID!) { duplicateItem(input: { itemId: $id, slug: \"owned-3\" }) { slug } }", new { id });

        Assert.Equal("owned", viewerReads.At("item.slug").GetString());
        Assert.Equal(["FORBIDDEN"], viewerWrites.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], viewerDeletes.ErrorCodes);
        Assert.Equal("catalog.item:delete", viewerDeletes.Errors[0].GetProperty("extensions").GetProperty("permission").GetString());
        Assert.Equal(["FORBIDDEN"], unknownRole.ErrorCodes);
        Assert.Equal("owned-2", adminCommand.At("duplicateItem.slug").GetString());
        Assert.Equal(["FORBIDDEN"], viewerCommand.ErrorCodes);
    }

    [Fact]
    public async Task Another_organization_reads_nothing_writes_nothing_and_cannot_point_at_its_rows()
    {
        using var alice = catalog.Admin(out _);
        using var mallory = catalog.Admin(out _);
        var category = await CatalogCrudTests.CreateCategoryAsync(alice, "secret");
        var item = await CatalogCrudTests.CreateItemAsync(alice, "secret", category);

        var read = await mallory.SendAsync("query($id: ID!, $c: ID!) { item(id: $id) { id } category(id: $c) { id } items { totalCount } categories { totalCount } }", new { id = item, c = category });
        var update = await mallory.SendAsync("mutation($id: ID!) { updateItem(id: $id, patch: { name: \"mine\" }) { id } }", new { id = item });
        var fire = await mallory.SendAsync("mutation($id: ID!) { fireItemEvent(id: $id, event: ARCHIVE) { id } }", new { id = item });
        var delete = await mallory.SendAsync("mutation($id: ID!) { deleteItem(id: $id) { id } }", new { id = item });
        var pointing = await mallory.SendAsync("mutation($c: ID) { createItem(input: { name: \"x\", slug: \"x\", categoryId: $c }) { id } }", new { c = category });
        var untouched = await alice.SendAsync("query($id: ID!) { item(id: $id) { name version status } }", new { id = item });

        Assert.Equal("""{"item":null,"category":null,"items":{"totalCount":0},"categories":{"totalCount":0}}""", read.Ok().GetRawText());
        Assert.Equal(["NOT_FOUND"], update.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], fire.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], delete.ErrorCodes);
        Assert.Equal(["VALIDATION_FAILED"], pointing.ErrorCodes);
        Assert.Equal("""{"name":"Item secret","version":1,"status":"DRAFT"}""", untouched.At("item").GetRawText());
    }
}
