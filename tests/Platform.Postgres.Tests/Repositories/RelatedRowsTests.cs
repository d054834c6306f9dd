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
        var builder = new NpgsqlDataSourceBuilder(db.AppConnectionString);
        builder.UseLoggerFactory(counter);
        builder.EnableParameterLogging(false);
        await using var app = builder.Build();
        var module = CatalogDatabase.Module;
        EntityRepository Repo(string entity) => new(app, new EntityTable(module, module.FindEntity(entity)!), new RepositoryContext(org, null, "corr"));

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
        var builder = new NpgsqlDataSourceBuilder(db.AppConnectionString);
        builder.UseLoggerFactory(counter);
        await using var app = builder.Build();
        var items = new EntityRepository(app, new EntityTable(CatalogDatabase.Module, CatalogDatabase.Module.FindEntity("Item")!), new RepositoryContext(org, null, "corr"));

        counter.Reset();
        var page = await items.FindManyAsync(Filter.All, new QueryOptions { Include = ["categoryId"], IncludeTotal = false });

        Assert.Equal(2, counter.Statements);
        Assert.All(page.Items, item => Assert.Equal("Chairs", ((EntityRecord)item.Included["categoryId"]!)["name"]));
        var error = await Assert.ThrowsAsync<Platform.Core.Errors.ValidationError>(() => items.FindManyAsync(Filter.All, new QueryOptions { Include = ["name", "nope"] }));
        Assert.Equal(["include.name", "include.nope"], error.Failures.Select(f => f.Field));
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
