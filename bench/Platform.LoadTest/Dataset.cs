using Npgsql;
using Platform.Postgres.Embedded;

namespace Platform.LoadTest;

/// <summary>
/// The benchmark's data, in one organization: 200 categories, 100,000 items (a third each draft, active,
/// archived) and 300,000 variants, with deterministic values; ids are prefixed zero-padded numbers.
/// </summary>
internal static class Dataset
{
    public const string Org = "org_bench";
    public const int Items = 100_000;

    public static string ItemId(int n) => "item_" + n.ToString("D26", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task SeedAsync(EmbeddedPostgres database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString(EmbeddedPostgres.OwnerRole));
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            // Row-level security is forced for the owner too: write as the benchmark's organization.
            $"SELECT set_config('app.org_id', '{Org}', false)",
            $"""
            INSERT INTO cat_categories (id, organization_id, name, slug, sort_order, status)
            SELECT 'cat_' || lpad(i::text, 26, '0'), '{Org}', 'Category ' || i, 'category-' || i, i, 'active' FROM generate_series(1, 200) i
            """,
            $"""
            INSERT INTO cat_items (id, organization_id, name, slug, category_id, description, status, created_at, updated_at)
            SELECT 'item_' || lpad(i::text, 26, '0'), '{Org}', 'Item ' || i, 'item-' || i, 'cat_' || lpad((1 + i % 200)::text, 26, '0'),
                   'The description of item ' || i, (ARRAY['draft', 'active', 'archived'])[1 + i % 3],
                   timestamptz '2026-01-01 00:00:00+00' + i * interval '1 minute', timestamptz '2026-01-01 00:00:00+00' + i * interval '1 minute'
            FROM generate_series(1, {Items}) i
            """,
            $"""
            INSERT INTO cat_variants (id, organization_id, item_id, sku, attributes)
            SELECT 'var_' || lpad(i::text, 26, '0'), '{Org}', 'item_' || lpad((1 + (i - 1) / 3)::text, 26, '0'), 'SKU-' || i, jsonb_build_object('size', (ARRAY['S', 'M', 'L'])[1 + i % 3])
            FROM generate_series(1, {Items * 3}) i
            """,
            "ANALYZE",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
    }
}
