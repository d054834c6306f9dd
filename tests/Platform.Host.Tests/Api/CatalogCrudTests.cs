using System.Text.Json;
using Platform.TestKit.GraphQL;

namespace Platform.Host.Tests.Api;

/// <summary>Creating, reading, updating, deleting and restoring catalog entities through GraphQL over HTTP, against the host process.</summary>
public sealed class CatalogCrudTests(CatalogHost catalog) : IClassFixture<CatalogHost>
{
    private const string ItemFields = "id organizationId name slug status categoryId category { name } attributes tags version createdAt updatedAt deletedAt";

    [Fact]
    public async Task Create_applies_defaults_and_the_prefix_and_reads_back_by_id_and_in_the_list()
    {
        using var client = catalog.Admin(out var org);

        var created = (await client.SendAsync($"mutation($input: CreateItemInput!) {{ createItem(input: $input) {{ {ItemFields} }} }}", new { input = new { name = "Oak chair", slug = "oak-chair" } })).At("createItem");
        var id = created.GetProperty("id").GetString()!;
        var byId = await client.SendAsync($"query($id: ID!) {{ item(id: $id) {{ {ItemFields} }} }}", new { id });
        var list = await client.SendAsync("{ items { totalCount nodes { id } } }");

        Assert.StartsWith("item_", id, StringComparison.Ordinal);
        Assert.Equal((org, "DRAFT", 1, "{}", "[]"), (created.GetProperty("organizationId").GetString(), created.GetProperty("status").GetString(), created.GetProperty("version").GetInt32(), created.GetProperty("attributes").GetRawText(), created.GetProperty("tags").GetRawText()));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("deletedAt").ValueKind);
        Assert.Equal(created.GetRawText(), byId.At("item").GetRawText());
        Assert.Equal(1, list.At("items.totalCount").GetInt32());
        Assert.Equal(id, list.At("items.nodes.0.id").GetString());
    }

    [Fact]
    public async Task Update_changes_the_given_fields_bumps_the_version_and_a_stale_version_is_a_conflict_that_changes_nothing()
    {
        using var client = catalog.Admin(out _);
        var id = await CreateItemAsync(client, "desk");
        var category = await CreateCategoryAsync(client, "desks");

        var updated = (await client.SendAsync("mutation($id: ID!, $patch: ItemPatch!) { updateItem(id: $id, patch: $patch, expectedVersion: 1) { name description category { name } version } }",
            new { id, patch = new { name = "Standing desk", description = "Oak", categoryId = category } })).At("updateItem");
        var stale = await client.SendAsync("mutation($id: ID!) { updateItem(id: $id, patch: { name: \"Lost\" }, expectedVersion: 1) { version } }", new { id });
        var current = await client.SendAsync("query($id: ID!) { item(id: $id) { name version } }", new { id });

        Assert.Equal("""{"name":"Standing desk","description":"Oak","category":{"name":"Category desks"},"version":2}""", updated.GetRawText());
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal((1, 2), (stale.Errors[0].GetProperty("extensions").GetProperty("expectedVersion").GetInt32(), stale.Errors[0].GetProperty("extensions").GetProperty("actualVersion").GetInt32()));
        Assert.Equal("""{"name":"Standing desk","version":2}""", current.At("item").GetRawText());
    }

    [Fact]
    public async Task Invalid_input_lists_every_failure_in_extensions_and_writes_nothing()
    {
        using var client = catalog.Admin(out _);

        var response = await client.SendAsync("mutation { createItem(input: { name: \"\", slug: \"Not A Slug\", publishedAt: \"2026-01-01T00:00:00Z\" }) { id } }");
        var count = await client.SendAsync("{ items { totalCount } }");

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        var failures = response.Errors[0].GetProperty("extensions").GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Equal(["name", "slug"], failures);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(0, count.At("items.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_taken_unique_value_is_a_conflict_naming_the_field()
    {
        using var client = catalog.Admin(out _);
        await CreateItemAsync(client, "twin");

        var response = await client.SendAsync("mutation { createItem(input: { name: \"Twin\", slug: \"twin\" }) { id } }");

        Assert.Equal(["CONFLICT"], response.ErrorCodes);
        Assert.Contains("slug must be unique", response.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_hides_restore_brings_back_and_both_check_what_they_are_given()
    {
        using var client = catalog.Admin(out _);
        var id = await CreateItemAsync(client, "lamp");

        var deleted = (await client.SendAsync("mutation($id: ID!) { deleteItem(id: $id, expectedVersion: 1) { version deletedAt } }", new { id })).At("deleteItem");
        var hidden = await client.SendAsync("query($id: ID!) { item(id: $id) { id } items { totalCount } }", new { id });
        var again = await client.SendAsync("mutation($id: ID!) { deleteItem(id: $id) { id } }", new { id });
        var restored = (await client.SendAsync("mutation($id: ID!) { restoreItem(id: $id) { version deletedAt } }", new { id })).At("restoreItem");
        var missing = await client.SendAsync("mutation { restoreItem(id: \"item_nope\") { id } }");

        Assert.Equal(2, deleted.GetProperty("version").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, deleted.GetProperty("deletedAt").ValueKind);
        Assert.Equal("""{"item":null,"items":{"totalCount":0}}""", hidden.Ok().GetRawText());
        Assert.Equal(["NOT_FOUND"], again.ErrorCodes);
        Assert.Equal("""{"version":3,"deletedAt":null}""", restored.GetRawText());
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes);
    }

    [Fact]
    public async Task An_idempotency_key_makes_a_repeated_mutation_run_once()
    {
        using var client = catalog.Admin(out _);
        var headers = new Dictionary<string, string> { ["Idempotency-Key"] = "create-once-" + Guid.NewGuid() };
        const string Create = "mutation { createItem(input: { name: \"Once\", slug: \"once\" }) { id } }";

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SendAsync(Create, headers: headers)));
        var count = await client.SendAsync("{ items { totalCount } }");

        Assert.Single(responses.Select(r => r.At("createItem.id").GetString()).Distinct());
        Assert.Equal(1, count.At("items.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_hook_of_the_module_refuses_deleting_a_category_that_items_use()
    {
        using var client = catalog.Admin(out _);
        var category = await CreateCategoryAsync(client, "used");
        await client.SendAsync("mutation($c: ID) { createItem(input: { name: \"Chair\", slug: \"chair\", categoryId: $c }) { id } }", new { c = category });

        var refused = await client.SendAsync("mutation($id: ID!) { deleteCategory(id: $id) { id } }", new { id = category });
        var still = await client.SendAsync("query($id: ID!) { category(id: $id) { name } }", new { id = category });

        Assert.Equal(["BUSINESS_RULE"], refused.ErrorCodes);
        Assert.Equal("Category 'Category used' still has 1 item(s) and 0 child categories; move or delete them first.", refused.Errors[0].GetProperty("message").GetString());
        Assert.Equal("Category used", still.At("category.name").GetString());
    }

    [Fact]
    public async Task Module_commands_and_queries_are_fields_with_input_types_from_the_manifest()
    {
        using var client = catalog.Admin(out _);
        var item = await CreateItemAsync(client, "sofa");
        var variant = (await client.SendAsync("mutation($item: ID!) { createVariant(input: { itemId: $item, sku: \"SOFA-1\" }) { id } }", new { item })).At("createVariant.id").GetString();
        var list = (await client.SendAsync("mutation { createPriceList(input: { name: \"Retail\", currency: \"EUR\", status: ACTIVE }) { id } }")).At("createPriceList.id").GetString();
        await client.SendAsync("mutation($l: ID!, $v: ID!) { a: createPriceRule(input: { priceListId: $l, variantId: $v, price: { amount: 10000, currency: \"EUR\" } }) { id } b: createPriceRule(input: { priceListId: $l, variantId: $v, price: { amount: 9000, currency: \"EUR\" }, minQty: 10 }) { id } }", new { l = list, v = variant });

        var copy = await client.SendAsync("mutation($item: ID!) { duplicateItem(input: { itemId: $item, slug: \"sofa-copy\" }) { slug status variants { nodes { sku } } } }", new { item });
        var one = await client.SendAsync("query($v: ID!) { priceOf(input: { variantId: $v }) }", new { v = variant });
        var twelve = await client.SendAsync("query($v: ID!) { priceOf(input: { variantId: $v, quantity: 12 }) }", new { v = variant });
        var invalid = await client.SendAsync("query($v: ID!) { priceOf(input: { variantId: $v, quantity: -1 }) }", new { v = variant });

        Assert.Equal("""{"slug":"sofa-copy","status":"DRAFT","variants":{"nodes":[{"sku":"SOFA-1-sofa-copy"}]}}""", copy.At("duplicateItem").GetRawText());
        Assert.Equal("""{"amount":10000,"currency":"EUR"}""", one.At("priceOf.unitPrice").GetRawText());
        Assert.Equal("""{"amount":108000,"currency":"EUR"}""", twelve.At("priceOf.total").GetRawText());
        Assert.Equal(["VALIDATION_FAILED"], invalid.ErrorCodes);
    }

    internal static async Task<string> CreateItemAsync(GraphQLHttpClient client, string slug, string? categoryId = null) =>
        (await client.SendAsync("mutation($input: CreateItemInput!) { createItem(input: $input) { id } }", new { input = new { name = "Item " + slug, slug, categoryId } })).At("createItem.id").GetString()!;

    internal static async Task<string> CreateCategoryAsync(GraphQLHttpClient client, string slug, int sortOrder = 0) =>
        (await client.SendAsync("mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }", new { input = new { name = "Category " + slug, slug, sortOrder } })).At("createCategory.id").GetString()!;
}
