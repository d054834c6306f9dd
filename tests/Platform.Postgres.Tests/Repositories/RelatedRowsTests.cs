using Npgsql;
using Platform.Core.Repositories;
using Platform.Postgres.Repositories;

namespace Platform.Postgres.Tests.Repositories;

/// <summary>A page of items with their category and first variants costs the same few statements however long the page is.</summary>
public sealed class RelatedRowsTests(CatalogDatabase db) : IClassFixture<CatalogDatabase>
{
    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Items_with_category_and_first_ten_variants_take_a_constant_number_of_statements(int items)
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        await SeedAsync(org, items);
        var counter = new StatementCounter();
        await using var app = CountedApp(counter);
        EntityRepository Repo(string entity) => Repository(app, org, entity);

        counter.Reset();
        var page = await Repo("Item").FindManyAsync(Filter.All, new QueryOptions { Limit = 50, IncludeTotal = false });
        var categories = await Repo("Category").FindByIdsAsync(page.Items.Select(i => (string)i["categoryId"]!).ToList());
        var variants = await Repo("Variant").FindByParentsAsync("itemId", page.Items.Select(i => i.Id).ToList(), perParent: 10, sort: [new SortSpec("sku")]);

        Assert.Equal(items, page.Items.Count);
        Assert.All(page.Items, item =>
        {
            Assert.True(categories.ContainsKey((string)item["categoryId"]!));
            Assert.Equal(10, variants[item.Id].Count);
            Assert.Equal(variants[item.Id].Select(v => (string)v["sku"]!).Order(StringComparer.Ordinal), variants[item.Id].Select(v => (string)v["sku"]!));
        });
        Assert.True(3 == counter.Statements, string.Join("\n---\n", counter.Messages)); // three round trips, each a batch of set_config and the query
    }

    [Fact]
    public async Task Include_loads_referenced_entities_for_the_whole_page_in_one_more_statement()
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        await SeedAsync(org, 3);
        var counter = new StatementCounter();
        await using var app = CountedApp(counter);
        var items = Repository(app, org, "Item");

        counter.Reset();
        var page = await items.FindManyAsync(Filter.All, new QueryOptions { Include = ["categoryId"], IncludeTotal = false });

        Assert.Equal(2, counter.Statements);
        Assert.All(page.Items, item => Assert.Equal("Chairs", ((EntityRecord)item.Included["categoryId"]!)["name"]));
        var error = await Assert.ThrowsAsync<Platform.Core.Errors.ValidationError>(() => items.FindManyAsync(Filter.All, new QueryOptions { Include = ["name", "nope"] }));
        Assert.Equal(["include.name", "include.nope"], error.Failures.Select(f => f.Field));
    }

    [Fact]
    public async Task Reads_limited_to_some_fields_select_only_their_columns_and_refuse_reading_others()
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        await SeedAsync(org, 3);
        var counter = new StatementCounter();
        await using var app = CountedApp(counter);
        EntityRepository Repo(string entity) => Repository(app, org, entity);

        counter.Reset();
        var page = await Repo("Item").FindManyAsync(Filter.All, new QueryOptions { Fields = ["name"], Sort = [new SortSpec("slug", SortDirection.Desc)], Include = ["categoryId"], Limit = 2 });
        var next = await Repo("Item").FindManyAsync(Filter.All, new QueryOptions { Fields = ["name"], Sort = [new SortSpec("slug", SortDirection.Desc)], After = page.EndCursor });
        var byId = await Repo("Item").FindByIdsAsync([page.Items[0].Id], ["slug"]);
        var variants = await Repo("Variant").FindByParentsAsync("itemId", [page.Items[0].Id], perParent: 2, sort: [new SortSpec("sku")], fields: ["status"]);

        Assert.Equal(["Item 2", "Item 1"], page.Items.Select(i => i["name"]));
        Assert.Equal(["item-2", "item-1"], page.Items.Select(i => i["slug"])); // the sort's field is read for cursors
        Assert.Equal(["Item 0"], next.Items.Select(i => i["name"]));
        Assert.All(page.Items, i => Assert.Equal("Chairs", ((EntityRecord)i.Included["categoryId"]!)["name"]));
        Assert.Equal("item-2", byId[page.Items[0].Id]["slug"]);
        Assert.Equal(["SKU-2-00", "SKU-2-01"], variants[page.Items[0].Id].Select(v => v["sku"]));
        Assert.Equal(["active", "active"], variants[page.Items[0].Id].Select(v => v["status"]));
        var unread = Assert.Throws<InvalidOperationException>(() => page.Items[0]["description"]);
        Assert.Contains("'description' was not selected", unread.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => byId[page.Items[0].Id]["name"]);
        Assert.Contains("'meta' was not selected", Assert.Throws<InvalidOperationException>(() => page.Items[0].Meta.Count).Message, StringComparison.Ordinal);
        Assert.Empty((await Repo("Item").FindByIdsAsync([page.Items[0].Id], ["meta"]))[page.Items[0].Id].Meta); // meta is read when asked for
        Assert.NotEmpty(counter.Messages);
        Assert.All(counter.Messages, m => Assert.DoesNotMatch(@"\b(description|media|attributes)\b", m));
        Assert.All(counter.Messages.SkipLast(1).Where(m => !m.Contains("cat_categories", StringComparison.Ordinal)), m => Assert.DoesNotMatch(@"\bmeta\b", m)); // included references read whole rows
        Assert.Throws<ArgumentException>(() => new EntityTable(CatalogDatabase.Module, CatalogDatabase.Module.FindEntity("Item")!).Project(["nope"]));
    }

    [Fact]
    public async Task A_page_reads_its_references_and_reverse_rows_in_the_same_round_trip()
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        await SeedAsync(org, 4);
        var lone = await db.Repository("Item", org).CreateAsync(new Dictionary<string, object?> { ["name"] = "Item lone", ["slug"] = "item-lone" });
        var counter = new StatementCounter();
        await using var app = CountedApp(counter);
        EntityRepository Repo(string entity) => Repository(app, org, entity);
        var category = new ReferencedRows("categoryId", Repo("Category"), ["name"]);
        var variants = new ReferringRows(Repo("Variant"), "itemId", perParent: 2, Filter.Where("sku", FilterOperator.Contains, "-0"), [new SortSpec("sku", SortDirection.Desc)], ["sku"]);

        counter.Reset();
        var result = await Repo("Item").FindManyAsync(
            Filter.Where("slug", FilterOperator.Neq, "item-0"), new QueryOptions { Fields = ["name"], Sort = [new SortSpec("slug", SortDirection.Desc)], Limit = 3, IncludeTotal = true }, [category, variants]);

        Assert.True(1 == counter.Statements, string.Join("\n---\n", counter.Messages)); // one batch: set_config, page, count and both related reads
        var page = result.Page;
        Assert.Equal(["Item lone", "Item 3", "Item 2"], page.Items.Select(i => i["name"]));
        Assert.Equal(4, page.Total);
        Assert.True(page.HasNext);
        Assert.Equal("Chairs", Assert.Single(result.Rows(category)).Value["name"]);
        var byItem = result.Rows(variants);
        Assert.Equal(new[] { lone.Id, page.Items[1].Id, page.Items[2].Id }.Order(StringComparer.Ordinal), byItem.Keys.Order(StringComparer.Ordinal)); // every row of the page, none of the rest
        Assert.Empty(byItem[lone.Id]);
        Assert.Equal(["SKU-3-09", "SKU-3-08"], byItem[page.Items[1].Id].Select(v => v["sku"]));
        Assert.Throws<InvalidOperationException>(() => byItem[page.Items[1].Id][0]["status"]);
    }

    [Fact]
    public async Task Related_reads_must_follow_a_reference_between_the_entities_of_one_organization()
    {
        await using var app = CountedApp(new StatementCounter());
        var items = Repository(app, "org_a", "Item");

        await Assert.ThrowsAsync<ArgumentException>(() => items.FindManyAsync(Filter.All, new QueryOptions(), [new ReferencedRows("categoryId", Repository(app, "org_b", "Category"))]));
        await Assert.ThrowsAsync<ArgumentException>(() => items.FindManyAsync(Filter.All, new QueryOptions(), [new ReferencedRows("categoryId", Repository(app, "org_a", "Variant"))]));
        await Assert.ThrowsAsync<ArgumentException>(() => items.FindManyAsync(Filter.All, new QueryOptions(), [new ReferringRows(Repository(app, "org_a", "Item"), "categoryId", 1)]));
        var error = await Assert.ThrowsAsync<Platform.Core.Errors.ValidationError>(() => items.FindManyAsync(Filter.All, new QueryOptions(), [new ReferringRows(Repository(app, "org_a", "Variant"), "sku", 1)]));
        Assert.Equal("sku", Assert.Single(error.Failures).Field);
    }

    private static EntityRepository Repository(NpgsqlDataSource app, string org, string entity) => CatalogDatabase.Repository(app, org, entity);

    /// <summary>An app-role data source whose statements <paramref name="counter"/> counts.</summary>
    private NpgsqlDataSource CountedApp(StatementCounter counter)
    {
        var builder = new NpgsqlDataSourceBuilder(db.AppConnectionString);
        builder.UseLoggerFactory(counter);
        return builder.Build();
    }

    private async Task SeedAsync(string org, int items)
    {
        var categories = db.Repository("Category", org);
        var itemRepository = db.Repository("Item", org);
        var variantRepository = db.Repository("Variant", org);
        var category = await categories.CreateAsync(new Dictionary<string, object?> { ["name"] = "Chairs", ["slug"] = "chairs" });
        for (var i = 0; i < items; i++)
        {
            var item = await itemRepository.CreateAsync(new Dictionary<string, object?> { ["name"] = $"Item {i}", ["slug"] = $"item-{i}", ["categoryId"] = category.Id });
            for (var v = 0; v < 12; v++)
            {
                await variantRepository.CreateAsync(new Dictionary<string, object?> { ["itemId"] = item.Id, ["sku"] = $"SKU-{i}-{v:D2}" });
            }
        }
    }
}
