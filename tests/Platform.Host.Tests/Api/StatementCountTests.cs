using System.Text.RegularExpressions;

namespace Platform.Host.Tests.Api;

/// <summary>A catalog host that logs every statement it sends to PostgreSQL.</summary>
public sealed class StatementLoggingCatalogHost : CatalogHost
{
    protected override IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["Logging__LogLevel__Npgsql.Command"] = "Information" };
}

/// <summary>A request's round trips to PostgreSQL do not grow with the sizes of its lists (no N+1).</summary>
public sealed partial class StatementCountTests(StatementLoggingCatalogHost catalog) : IClassFixture<StatementLoggingCatalogHost>
{
    [Fact]
    public async Task Fifty_items_with_their_category_and_ten_variants_each_take_one_round_trip()
    {
        using var client = catalog.Admin(out _);
        var categories = new List<string>();
        for (var c = 0; c < 5; c++)
        {
            categories.Add(await CatalogCrudTests.CreateCategoryAsync(client, $"c{c}"));
        }

        for (var i = 0; i < 50; i++)
        {
            var item = await CatalogCrudTests.CreateItemAsync(client, $"item-{i:00}", categories[i % 5]);
            var variants = string.Concat(Enumerable.Range(0, 10).Select(v => $"v{v}: createVariant(input: {{ itemId: \"{item}\", sku: \"SKU-{i:00}-{v}\" }}) {{ id }} "));
            (await client.SendAsync($"mutation {{ {variants} }}")).Ok();
        }

        // The host logs on a background thread: count between two moments when its log has gone quiet.
        await QuietAsync(catalog.Host.Process);
        var before = CatalogStatements(catalog.Host.Process.Output);
        var response = await client.SendAsync("{ items(first: 50, order: [{ slug: ASC }]) { totalCount nodes { slug category { name } variants(first: 10) { totalCount nodes { sku } } } } }");
        await QuietAsync(catalog.Host.Process);
        var statements = CatalogStatements(catalog.Host.Process.Output)[before.Count..];

        var items = response.At("items.nodes");
        Assert.Equal(50, items.GetArrayLength());
        Assert.All(items.EnumerateArray(), item =>
        {
            Assert.StartsWith("Category c", item.GetProperty("category").GetProperty("name").GetString(), StringComparison.Ordinal);
            Assert.Equal(10, item.GetProperty("variants").GetProperty("nodes").GetArrayLength());
            Assert.Equal(10, item.GetProperty("variants").GetProperty("totalCount").GetInt32());
        });

        // The page with its count, the categories, the variants and their counts, read ahead in one batch.
        Assert.True(statements.Count == 1, string.Join("\n---\n", statements));

        // Each reads the columns its selection needs, not the rows' JSON and text columns.
        Assert.All(statements, s => Assert.DoesNotMatch(@"\b(media|attributes|description|meta)\b", s));
        Assert.Contains(statements, s => Regex.IsMatch(s, @"\bversion, slug, category_id FROM\b"));
    }

    [Fact]
    public async Task An_item_with_its_category_and_variants_takes_one_round_trip()
    {
        using var client = catalog.Admin(out _);
        var category = await CatalogCrudTests.CreateCategoryAsync(client, "single");
        var item = await CatalogCrudTests.CreateItemAsync(client, "single", category);
        (await client.SendAsync($$"""mutation { a: createVariant(input: { itemId: "{{item}}", sku: "ONE-1" }) { id } b: createVariant(input: { itemId: "{{item}}", sku: "ONE-2" }) { id } }""")).Ok();

        await QuietAsync(catalog.Host.Process);
        var before = CatalogStatements(catalog.Host.Process.Output);
        var response = await client.SendAsync("query($id: ID!) { item(id: $id) { slug category { slug } variants { totalCount nodes { sku } } } }", new { id = item });
        var missing = await client.SendAsync("query { item(id: \"item_missing\") { slug category { slug } } }");
        await QuietAsync(catalog.Host.Process);
        var statements = CatalogStatements(catalog.Host.Process.Output)[before.Count..];

        Assert.Equal("""{"slug":"single","category":{"slug":"single"},"variants":{"totalCount":2,"nodes":[{"sku":"ONE-1"},{"sku":"ONE-2"}]}}""", response.At("item").GetRawText());
        Assert.Equal("null", missing.At("item").GetRawText());
        Assert.True(statements.Count == 2, string.Join("\n---\n", statements)); // one for each query
    }

    private static async Task QuietAsync(Platform.TestKit.TestProcess process)
    {
        var length = -1;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (process.Output.Length != length && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            length = process.Output.Length;
            await Task.Delay(700);
        }
    }

    /// <summary>The statements Npgsql logged that read catalog tables, in order.</summary>
    private static List<string> CatalogStatements(string output) =>
        Executed().Split(output).Skip(1).Where(s => s.Contains("cat_", StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"(?:Command|Batch) execution completed")]
    private static partial Regex Executed();
}
