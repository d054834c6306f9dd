using System.Text.Json;
using Platform.TestKit.GraphQL;

namespace Platform.Host.Tests.Api;

/// <summary>A host with a small catalog in one organization, seeded once for the query tests.</summary>
public sealed class SeededCatalogHost : CatalogHost
{
    public string Org { get; } = NewOrg();

    public GraphQLHttpClient Client { get; private set; } = null!;

    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>A role that reads items and nothing else.</summary>
    protected override IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["Roles__itemreader__0"] = "catalog.item:read" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Client = Host.Client(Org);
        Ids["chairs"] = await CatalogCrudTests.CreateCategoryAsync(Client, "chairs", sortOrder: 1);
        Ids["tables"] = await CatalogCrudTests.CreateCategoryAsync(Client, "tables", sortOrder: 2);
        Ids["lights"] = await CatalogCrudTests.CreateCategoryAsync(Client, "lights", sortOrder: 3);
        await SeedItemAsync("oak-chair", "Oak Chair", "Solid oak", new { color = "brown", legs = 4 }, new[] { "wood" }, "chairs", publish: true);
        await SeedItemAsync("pine-table", "Pine Table", null, new { color = "white" }, new[] { "wood", "sale" }, "tables", publish: true);
        await SeedItemAsync("oak-stool", "oak stool", "Small", new { }, Array.Empty<string>(), null, publish: false);
        await SeedItemAsync("steel-lamp", "Steel Lamp", "Bright light", new { color = "black", watts = 60 }, new[] { "metal" }, "chairs", publish: false);
        foreach (var (item, skus) in new[] { ("oak-chair", new[] { "OC-1", "OC-2", "OC-3" }), ("pine-table", new[] { "PT-1" }) })
        {
            foreach (var sku in skus)
            {
                var variant = await Client.SendAsync("mutation($i: ID!, $s: String!, $t: Boolean!) { createVariant(input: { itemId: $i, sku: $s, stockTracked: $t }) { id } }", new { i = Ids[item], s = sku, t = sku != "OC-2" });
                Ids[sku] = variant.At("createVariant.id").GetString()!;
            }
        }

        var list = (await Client.SendAsync("mutation { createPriceList(input: { name: \"Retail\", currency: \"EUR\" }) { id } }")).At("createPriceList.id").GetString()!;
        foreach (var (sku, amount, currency) in new[] { ("OC-1", 1999L, "EUR"), ("OC-2", 2999L, "EUR"), ("PT-1", 50000L, "USD") })
        {
            await Client.SendAsync("mutation($l: ID!, $v: ID!, $p: MoneyInput!) { createPriceRule(input: { priceListId: $l, variantId: $v, price: $p }) { id } }", new { l = list, v = Ids[sku], p = new { amount, currency } });
        }
    }

    private async Task SeedItemAsync(string slug, string name, string? description, object attributes, string[] tags, string? category, bool publish)
    {
        var input = new { name, slug, description, attributes, tags, categoryId = category is null ? null : Ids[category] };
        var id = (await Client.SendAsync("mutation($input: CreateItemInput!) { createItem(input: $input) { id } }", new { input })).At("createItem.id").GetString()!;
        Ids[slug] = id;
        if (publish)
        {
            (await Client.SendAsync("mutation($id: ID!) { fireItemEvent(id: $id, event: PUBLISH) { id } }", new { id })).Ok();
        }
    }
}

/// <summary>Lists through GraphQL: every filter operator of the catalog's field types, sorting, paging both ways, references both ways.</summary>
public sealed class CatalogQueryTests(SeededCatalogHost catalog) : IClassFixture<SeededCatalogHost>
{
    [Theory]
    // String
    [InlineData("""{ "name": { "eq": "Oak Chair" } }""", "oak-chair")]
    [InlineData("""{ "name": { "neq": "Oak Chair" } }""", "oak-stool,pine-table,steel-lamp")]
    [InlineData("""{ "slug": { "in": ["oak-chair", "steel-lamp", "nope"] } }""", "oak-chair,steel-lamp")]
    [InlineData("""{ "slug": { "nin": ["oak-chair", "steel-lamp"] } }""", "oak-stool,pine-table")]
    [InlineData("""{ "description": { "isNull": true } }""", "pine-table")]
    [InlineData("""{ "description": { "isNull": false } }""", "oak-chair,oak-stool,steel-lamp")]
    [InlineData("""{ "name": { "contains": "o" } }""", "oak-stool")] // case-sensitive: "Oak Chair" has no lower-case o
    [InlineData("""{ "slug": { "startsWith": "oak" } }""", "oak-chair,oak-stool")]
    [InlineData("""{ "slug": { "endsWith": "lamp" } }""", "steel-lamp")]
    [InlineData("""{ "name": { "ieq": "OAK STOOL" } }""", "oak-stool")]
    [InlineData("""{ "name": { "icontains": "OAK" } }""", "oak-chair,oak-stool")]
    [InlineData("""{ "name": { "istartsWith": "s" } }""", "steel-lamp")]
    [InlineData("""{ "slug": { "matches": "^[a-z]+-(chair|table)$" } }""", "oak-chair,pine-table")]
    // Enum
    [InlineData("""{ "status": { "eq": "ACTIVE" } }""", "oak-chair,pine-table")]
    [InlineData("""{ "status": { "neq": "ACTIVE" } }""", "oak-stool,steel-lamp")]
    [InlineData("""{ "status": { "in": ["DRAFT", "ARCHIVED"] } }""", "oak-stool,steel-lamp")]
    [InlineData("""{ "status": { "nin": ["DRAFT"] } }""", "oak-chair,pine-table")]
    // ID
    [InlineData("""{ "categoryId": { "isNull": true } }""", "oak-stool")]
    // DateTime
    [InlineData("""{ "publishedAt": { "isNull": false } }""", "oak-chair,pine-table")]
    [InlineData("""{ "publishedAt": { "gt": "2000-01-01T00:00:00Z", "lte": "2999-01-01T00:00:00Z" } }""", "oak-chair,pine-table")]
    [InlineData("""{ "createdAt": { "lt": "2000-01-01T00:00:00Z" } }""", "")]
    // JSON
    [InlineData("""{ "attributes": { "contains": { "color": "brown" } } }""", "oak-chair")]
    [InlineData("""{ "attributes": { "hasKey": "color" } }""", "oak-chair,pine-table,steel-lamp")]
    [InlineData("""{ "tags": { "contains": ["wood"] } }""", "oak-chair,pine-table")]
    // Combinators
    [InlineData("""{ "and": [{ "slug": { "startsWith": "oak" } }, { "status": { "eq": "DRAFT" } }] }""", "oak-stool")]
    [InlineData("""{ "or": [{ "slug": { "eq": "oak-stool" } }, { "attributes": { "hasKey": "watts" } }] }""", "oak-stool,steel-lamp")]
    [InlineData("""{ "not": { "name": { "icontains": "oak" } } }""", "pine-table,steel-lamp")]
    [InlineData("""{ "slug": { "startsWith": "oak" }, "description": { "eq": "Small" } }""", "oak-stool")]
    [InlineData("""{ "name": { "eq": null } }""", "oak-chair,oak-stool,pine-table,steel-lamp")]
    public async Task Item_filters_mean_what_they_say(string where, string slugs)
    {
        var response = await catalog.Client.SendAsync("query($where: ItemFilter) { items(where: $where, order: [{ slug: ASC }]) { totalCount nodes { slug } } }", new { where = JsonDocument.Parse(where).RootElement });

        var found = response.At("items.nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()).ToList();
        Assert.Equal(slugs.Split(',', StringSplitOptions.RemoveEmptyEntries), found);
        Assert.Equal(found.Count, response.At("items.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("Category", """{ "sortOrder": { "gt": 1 } }""", "slug", "lights,tables")]
    [InlineData("Category", """{ "sortOrder": { "gte": 2, "lt": 3 } }""", "slug", "tables")]
    [InlineData("Category", """{ "sortOrder": { "lte": 1 } }""", "slug", "chairs")]
    [InlineData("Category", """{ "sortOrder": { "in": [1, 3], "neq": 3 } }""", "slug", "chairs")]
    [InlineData("Category", """{ "sortOrder": { "nin": [1, 3] } }""", "slug", "tables")]
    [InlineData("Category", """{ "status": { "eq": "ACTIVE" }, "parentId": { "isNull": true } }""", "slug", "chairs,lights,tables")]
    [InlineData("Variant", """{ "stockTracked": { "eq": false } }""", "sku", "OC-2")]
    [InlineData("Variant", """{ "stockTracked": { "neq": false } }""", "sku", "OC-1,OC-3,PT-1")]
    [InlineData("PriceRule", """{ "price": { "amount": { "gt": 2000 }, "currency": { "eq": "EUR" } } }""", "price { amount }", "2999")]
    [InlineData("PriceRule", """{ "price": { "currency": { "in": ["USD"] } } }""", "price { amount }", "50000")]
    [InlineData("PriceRule", """{ "minQty": { "eq": 1 }, "price": { "isNull": false } }""", "price { amount }", "1999,2999,50000")]
    public async Task Other_field_types_filter_too(string entity, string where, string field, string expected)
    {
        var list = entity switch { "Category" => "categories", "Variant" => "variants", _ => "priceRules" };
        var response = await catalog.Client.SendAsync($"query($where: {entity}Filter) {{ {list}(where: $where) {{ nodes {{ {field} }} }} }}", new { where = JsonDocument.Parse(where).RootElement });

        var values = response.At($"{list}.nodes").EnumerateArray().Select(n => n.GetProperty(field.Split(' ')[0]) is { ValueKind: JsonValueKind.Object } o ? o.GetProperty("amount").GetRawText() : n.GetProperty(field).GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(','), values);
    }

    [Fact]
    public async Task A_wrong_filter_is_validation_failed_with_every_problem_and_no_sql_error()
    {
        var response = await catalog.Client.SendAsync("""{ items(where: { name: { matches: "(?<=x)" }, slug: { matches: "[" } }) { totalCount } }""");

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(2, response.Errors[0].GetProperty("extensions").GetProperty("failures").GetArrayLength());
    }

    [Fact]
    public async Task Pages_forward_and_backward_cover_the_list_once_in_order()
    {
        const string Page = "query($first: Int, $after: String, $last: Int, $before: String) { items(order: [{ slug: DESC }], first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        var forward = new List<string>();
        string? after = null;
        var pages = 0;
        JsonElement info;
        do
        {
            var page = (await catalog.Client.SendAsync(Page, new { first = 3, after })).At("items");
            Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
            forward.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("slug").GetString()!));
            info = page.GetProperty("pageInfo");
            Assert.Equal(pages > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            after = info.GetProperty("endCursor").GetString();
            pages++;
        }
        while (info.GetProperty("hasNextPage").GetBoolean());

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await catalog.Client.SendAsync(Page, new { last = 3, before })).At("items");
            backward.InsertRange(0, page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("slug").GetString()!));
            info = page.GetProperty("pageInfo");
            before = info.GetProperty("startCursor").GetString();
        }
        while (info.GetProperty("hasPreviousPage").GetBoolean());

        Assert.Equal(2, pages);
        Assert.Equal(["steel-lamp", "pine-table", "oak-stool", "oak-chair"], forward);
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("eyJzIjoiIiwidiI6W10sImkiOiInOyBEUk9QIFRBQkxFIGNhdF9pdGVtczsgLS0ifQ")]
    public async Task A_forged_cursor_is_validation_failed(string cursor)
    {
        var response = await catalog.Client.SendAsync("query($after: String) { items(order: [{ slug: ASC }], after: $after) { nodes { slug } } }", new { after = cursor });

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Paging_arguments_out_of_range_are_refused()
    {
        var both = await catalog.Client.SendAsync("{ items(first: 1, last: 1) { totalCount } }");
        var huge = await catalog.Client.SendAsync("{ items(first: 100000) { totalCount } }");
        var unsortable = await catalog.Client.SendAsync("{ items(order: [{ slug: ASC, id: DESC }]) { totalCount } }");
        var none = await catalog.Client.SendAsync("{ items(first: 0) { totalCount nodes { id } } }");

        Assert.Equal(["VALIDATION_FAILED"], both.ErrorCodes);
        Assert.Equal(["VALIDATION_FAILED"], huge.ErrorCodes);
        Assert.Equal(["VALIDATION_FAILED"], unsortable.ErrorCodes);
        Assert.Equal("""{"totalCount":4,"nodes":[]}""", none.At("items").GetRawText());
    }

    [Fact]
    public async Task References_resolve_both_ways_with_the_same_arguments_as_lists()
    {
        var response = await catalog.Client.SendAsync("""
            {
              categories(order: [{ sortOrder: ASC }]) {
                nodes {
                  slug
                  items(order: [{ slug: ASC }]) { totalCount nodes { slug category { slug } variants(first: 2, order: [{ sku: DESC }]) { totalCount nodes { sku item { slug } } pageInfo { hasNextPage } } } }
                  drafts: items(where: { status: { eq: DRAFT } }) { totalCount nodes { slug } }
                }
              }
            }
            """);

        var chairs = response.At("categories.nodes.0");
        Assert.Equal("chairs", chairs.GetProperty("slug").GetString());
        Assert.Equal(2, chairs.GetProperty("items").GetProperty("totalCount").GetInt32());
        var oakChair = chairs.GetProperty("items").GetProperty("nodes")[0];
        Assert.Equal("""{"slug":"oak-chair","category":{"slug":"chairs"},"variants":{"totalCount":3,"nodes":[{"sku":"OC-3","item":{"slug":"oak-chair"}},{"sku":"OC-2","item":{"slug":"oak-chair"}}],"pageInfo":{"hasNextPage":true}}}""", oakChair.GetRawText());
        Assert.Equal("""{"totalCount":1,"nodes":[{"slug":"steel-lamp"}]}""", chairs.GetProperty("drafts").GetRawText());
        Assert.Equal("""{"totalCount":0,"nodes":[]}""", response.At("categories.nodes.2.items").GetRawText()); // lights
    }

    [Fact]
    public async Task A_reverse_connection_pages_with_cursors_too()
    {
        var first = await catalog.Client.SendAsync("query($id: ID!) { item(id: $id) { variants(first: 2, order: [{ sku: ASC }]) { nodes { sku } pageInfo { endCursor } } } }", new { id = catalog.Ids["oak-chair"] });
        var cursor = first.At("item.variants.pageInfo.endCursor").GetString();
        var next = await catalog.Client.SendAsync("query($id: ID!, $after: String) { item(id: $id) { variants(first: 2, after: $after, order: [{ sku: ASC }]) { nodes { sku } pageInfo { hasNextPage hasPreviousPage } } } }", new { id = catalog.Ids["oak-chair"], after = cursor });

        Assert.Equal("""[{"sku":"OC-1"},{"sku":"OC-2"}]""", first.At("item.variants.nodes").GetRawText());
        Assert.Equal("""{"nodes":[{"sku":"OC-3"}],"pageInfo":{"hasNextPage":false,"hasPreviousPage":true}}""", next.At("item.variants").GetRawText());
    }

    [Fact]
    public async Task Lists_read_the_fields_selected_through_fragments_edges_and_aliases()
    {
        // Lists read only the columns their selection needs: every way of selecting a field must reach the read.
        var response = await catalog.Client.SendAsync("""
            query($id: ID!) {
              items(where: { slug: { eq: "oak-chair" } }) {
                nodes { ...Named }
                edges { cursor node { ... on Item { tags meta } heading: description } }
              }
              item(id: $id) { attributes category { ...Category } availableEvents }
              categories(where: { slug: { eq: "chairs" } }) { nodes { items(order: [{ slug: ASC }]) { edges { node { ...Named } } } } }
            }
            fragment Named on Item { name status }
            fragment Category on Category { name attributeSet }
            """, new { id = catalog.Ids["steel-lamp"] });

        Assert.Equal("""{"name":"Oak Chair","status":"ACTIVE"}""", response.At("items.nodes.0").GetRawText());
        Assert.Equal("""{"tags":["wood"],"meta":{},"heading":"Solid oak"}""", response.At("items.edges.0.node").GetRawText());
        Assert.Equal("""{"attributes":{"color":"black","watts":60},"category":{"name":"Category chairs","attributeSet":[]},"availableEvents":["PUBLISH","ARCHIVE"]}""", response.At("item").GetRawText());
        Assert.Equal("""[{"node":{"name":"Oak Chair","status":"ACTIVE"}},{"node":{"name":"Steel Lamp","status":"DRAFT"}}]""", response.At("categories.nodes.0.items.edges").GetRawText());
    }

    [Fact]
    public async Task A_list_reads_its_childrens_rows_ahead_with_the_answers_they_would_read_themselves()
    {
        // A root list (and item(id)) reads its nodes' references and first reverse pages (with counts) in
        // its own round trip; items below a category's reverse connection have theirs read through the
        // loaders. All must answer alike, whatever the arguments.
        const string Selection = """
            slug
            category { slug }
            last: variants(first: 1, order: [{ sku: DESC }]) { totalCount nodes { sku } pageInfo { hasNextPage } }
            tracked: variants(where: { stockTracked: { eq: $tracked } }) { totalCount edges { node { sku item { slug } } } }
            none: variants(first: 0) { totalCount }
            """;
        var list = await catalog.Client.SendAsync($$"""
            query($tracked: Boolean) {
              items(order: [{ slug: ASC }]) { nodes { {{Selection}} } edges { node { slug ...Tracked } } }
            }
            fragment Tracked on Item { tracked: variants(where: { stockTracked: { eq: $tracked } }) { totalCount edges { node { sku item { slug } } } } }
            """, new { tracked = true });

        var nodes = list.At("items.nodes").EnumerateArray().ToList();
        Assert.Equal(["oak-chair", "oak-stool", "pine-table", "steel-lamp"], nodes.Select(n => n.GetProperty("slug").GetString()));
        Assert.Equal("""{"totalCount":3,"nodes":[{"sku":"OC-3"}],"pageInfo":{"hasNextPage":true}}""", nodes[0].GetProperty("last").GetRawText());
        Assert.Equal("""{"totalCount":2,"edges":[{"node":{"sku":"OC-1","item":{"slug":"oak-chair"}}},{"node":{"sku":"OC-3","item":{"slug":"oak-chair"}}}]}""", nodes[0].GetProperty("tracked").GetRawText());
        var nested = await catalog.Client.SendAsync($$"""query($tracked: Boolean) { categories { nodes { items { nodes { {{Selection}} } } } } }""", new { tracked = true });
        var loaded = nested.At("categories.nodes").EnumerateArray().SelectMany(c => c.GetProperty("items").GetProperty("nodes").EnumerateArray()).ToDictionary(n => n.GetProperty("slug").GetString()!, n => n.GetRawText());
        Assert.Equal(3, loaded.Count); // every item with a category
        foreach (var (node, index) in nodes.Select((n, i) => (n, i)))
        {
            var slug = node.GetProperty("slug").GetString()!;
            var one = await catalog.Client.SendAsync($$"""query($id: ID!, $tracked: Boolean) { item(id: $id) { {{Selection}} } }""", new { id = catalog.Ids[slug], tracked = true });
            Assert.Equal(one.At("item").GetRawText(), node.GetRawText());
            Assert.Equal(loaded.GetValueOrDefault(slug, node.GetRawText()), node.GetRawText());
            Assert.Equal(node.GetProperty("tracked").GetRawText(), list.At($"items.edges.{index}.node.tracked").GetRawText());
        }
    }

    [Fact]
    public async Task A_child_connection_with_a_bad_filter_fails_at_its_own_path_not_the_lists()
    {
        // Reading ahead must not move a child's error to its list: the bad filter is left to its own resolver.
        var response = await catalog.Client.SendAsync("""
            { items(where: { slug: { eq: "oak-chair" } }) { nodes { slug bad: variants(where: { sku: { matches: "(" } }) { totalCount } good: variants(where: { sku: { matches: "^OC-[12]$" } }) { totalCount } } } }
            """);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("items.nodes.0.bad", string.Join('.', response.Errors[0].GetProperty("path").EnumerateArray().Select(p => p.ToString())));
        Assert.Contains("matches", response.Errors[0].GetProperty("extensions").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_ahead_never_reads_what_the_caller_may_not()
    {
        using var reader = catalog.Host.Client(catalog.Org, "reader_1", "itemreader");

        var response = await reader.SendAsync("{ items(where: { slug: { eq: \"oak-chair\" } }) { nodes { slug category { slug } variants { totalCount nodes { sku } } } } }");

        Assert.Equal(["FORBIDDEN", "FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(["catalog.category:read", "catalog.variant:read"], response.Errors.Select(e => e.GetProperty("extensions").GetProperty("permission").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["items.nodes.0.category", "items.nodes.0.variants"], response.Errors.Select(e => string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.ToString()))).Order(StringComparer.Ordinal));
    }
}
