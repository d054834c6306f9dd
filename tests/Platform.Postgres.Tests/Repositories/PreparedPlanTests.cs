using Npgsql;
using Platform.Core.Repositories;
using Platform.Postgres.Repositories;

namespace Platform.Postgres.Tests.Repositories;

/// <summary>
/// Reads are written so that PostgreSQL plans a prepared statement once per connection: a statement it
/// keeps re-planning costs more than the query itself (a 50-row page ran at half its throughput).
/// </summary>
public sealed class PreparedPlanTests(CatalogDatabase db) : IClassFixture<CatalogDatabase>
{
    [Fact]
    public async Task Pages_and_their_related_rows_run_on_generic_plans_once_prepared()
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        var key = org[4..14];
        await db.ScalarAsync($"""
            INSERT INTO cat_categories (id, organization_id, name, slug, sort_order, status)
            SELECT 'cat_{key}' || lpad(i::text, 16, '0'), '{org}', 'Category ' || i, 'category-' || i, i, 'active' FROM generate_series(1, 20) i;
            INSERT INTO cat_items (id, organization_id, name, slug, category_id, status, created_at, updated_at)
            SELECT 'item_{key}' || lpad(i::text, 16, '0'), '{org}', 'Item ' || i, 'item-' || i, 'cat_{key}' || lpad((1 + i % 20)::text, 16, '0'),
                   (ARRAY['draft', 'active', 'archived'])[1 + i % 3], timestamptz '2026-01-01' + i * interval '1 minute', timestamptz '2026-01-01' + i * interval '1 minute'
            FROM generate_series(1, 5000) i;
            INSERT INTO cat_variants (id, organization_id, item_id, sku)
            SELECT 'var_{key}' || lpad(i::text, 16, '0'), '{org}', 'item_{key}' || lpad((1 + (i - 1) / 3)::text, 16, '0'), 'SKU-{key}-' || i FROM generate_series(1, 15000) i;
            ANALYZE cat_categories; ANALYZE cat_items; ANALYZE cat_variants;
            """);
        var builder = new NpgsqlDataSourceBuilder(db.AppConnectionString);
        builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
        builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        builder.ConnectionStringBuilder.MaxPoolSize = 1; // one session: its prepared statements are the ones inspected below
        await using var app = builder.Build();
        EntityRepository Repo(string entity) => CatalogDatabase.Repository(app, org, entity);

        for (var i = 0; i < 12; i++)
        {
            var read = await Repo("Item").FindManyAsync(
                Filter.Where("status", FilterOperator.Eq, "active"), new QueryOptions { Limit = 20, Sort = [new SortSpec("createdAt")], IncludeTotal = false, Fields = ["name"] },
                [new ReferencedRows("categoryId", Repo("Category"), ["name"]), new ReferringRows(Repo("Variant"), "itemId", perParent: 10, fields: ["sku"])]);
            Assert.Equal(20, read.Page.Items.Count);
            var variants = await Repo("Variant").FindByParentsAsync("itemId", [.. read.Page.Items.Select(r => r.Id)], perParent: 10, fields: ["sku"]);
            Assert.Equal(3, variants.Values.First().Count);
        }

        var plans = await Repo("Item").RawAsync("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%ORDER BY%'");
        Assert.Equal(4, plans.Count); // the page, its categories, its variants, the variants of the ids
        Assert.All(plans, p => Assert.True((long)p["generic_plans"]! > 0, $"re-planned on every execution ({p["custom_plans"]} custom plans): {p["statement"]}"));
    }
}
