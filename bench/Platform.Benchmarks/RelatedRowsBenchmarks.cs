using BenchmarkDotNet.Attributes;
using Platform.Core.Repositories;
using Platform.Core.Serialization;
using Platform.Postgres.Connections;
using Platform.Postgres.Repositories;

namespace Platform.Benchmarks;

/// <summary>
/// 50 items with their category and first 10 variants (issue 5: "JSON aggregation or batched loads —
/// measure which is faster"): three batched statements through the repositories against one
/// statement that nests the related rows as JSON, both ending in the same values in memory.
/// </summary>
[MemoryDiagnoser]
public class RelatedRowsBenchmarks
{
    private CatalogBenchServer _server = null!;
    private EntityRepository _items = null!;
    private EntityRepository _categories = null!;
    private EntityRepository _variants = null!;
    private TenantScope _scope = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await CatalogBenchServer.StartAsync("related");
        (_items, _categories, _variants) = (_server.Repository("Item", "org_bench"), _server.Repository("Category", "org_bench"), _server.Repository("Variant", "org_bench"));
        _scope = new TenantScope(_server.App, "org_bench");
        var category = await _categories.CreateAsync(new Dictionary<string, object?> { ["name"] = "Chairs", ["slug"] = "chairs" });
        for (var i = 0; i < 50; i++)
        {
            var item = await _items.CreateAsync(new Dictionary<string, object?> { ["name"] = $"Item {i}", ["slug"] = $"item-{i}", ["categoryId"] = category.Id });
            for (var v = 0; v < 12; v++)
            {
                await _variants.CreateAsync(new Dictionary<string, object?> { ["itemId"] = item.Id, ["sku"] = $"SKU-{i}-{v:D2}" });
            }
        }
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _server.DisposeAsync().AsTask();

    [Benchmark(Baseline = true)]
    public async Task<int> BatchedLoads()
    {
        var page = await _items.FindManyAsync(Filter.All, new QueryOptions { Limit = 50, IncludeTotal = false });
        var categories = await _categories.FindByIdsAsync(page.Items.Select(i => (string)i["categoryId"]!).ToList());
        var variants = await _variants.FindByParentsAsync("itemId", page.Items.Select(i => i.Id).ToList(), 10, sort: [new SortSpec("sku")]);
        return page.Items.Count + categories.Count + variants.Sum(v => v.Value.Count);
    }

    [Benchmark]
    public async Task<int> JsonAggregation()
    {
        var rows = await _scope.QueryAsync(
            """
            SELECT (to_jsonb(i) || jsonb_build_object('category', to_jsonb(c), 'variants',
                   (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.sku), '[]') FROM
                      (SELECT * FROM cat_variants v WHERE v.item_id = i.id AND v.deleted_at IS NULL ORDER BY v.sku, v.id LIMIT 10) v)))::text
            FROM cat_items i LEFT JOIN cat_categories c ON c.id = i.category_id AND c.deleted_at IS NULL
            WHERE i.deleted_at IS NULL ORDER BY i.id LIMIT 50
            """, null, r => PlainJson.Parse(r.GetString(0)));
        return rows.Count;
    }
}
