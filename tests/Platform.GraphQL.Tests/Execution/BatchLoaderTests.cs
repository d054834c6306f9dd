using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.GraphQLHarness;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Sibling resolvers share one fetch per level, whatever the list sizes.</summary>
public sealed class BatchLoaderTests
{
    private sealed class Store
    {
        public List<string> Fetches { get; } = [];

        public Task<IReadOnlyDictionary<string, Dictionary<string, object?>>> Categories(IReadOnlyList<string> ids, CancellationToken _)
        {
            lock (Fetches)
            {
                Fetches.Add($"categories({ids.Count})");
            }

            return Task.FromResult<IReadOnlyDictionary<string, Dictionary<string, object?>>>(ids.ToDictionary(id => id, id => Map(("id", id), ("name", $"Category {id}"))));
        }

        public async Task<IReadOnlyDictionary<string, List<object?>>> Variants(IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
        {
            await Task.Delay(5, cancellationToken); // a real round trip
            lock (Fetches)
            {
                Fetches.Add($"variants({itemIds.Count})");
            }

            return itemIds.ToDictionary(id => id, id => Enumerable.Range(0, 10).Select(v => (object?)Map(("sku", $"{id}-{v}"))).ToList());
        }
    }

    private static Schema BuildSchema(Store store) => Build(
        "type Query { items: [Item!]! } type Item { id: ID! category: Category variants: [Variant!]! } type Category { id: ID! name: String } type Variant { sku: String! }",
        b => b
            .AddResolver("Query", "items", async _ =>
            {
                await Task.Yield();
                return Enumerable.Range(0, 50).Select(i => (object?)Map(("id", $"item{i}"), ("categoryId", $"cat{i % 7}"))).ToList();
            })
            .AddResolver("Item", "category", async c =>
            {
                var loader = c.GetBatchLoader<string, Dictionary<string, object?>>("categories", store.Categories);
                return await loader.LoadAsync((string)((Dictionary<string, object?>)c.Source!)["categoryId"]!);
            })
            .AddResolver("Item", "variants", async c =>
            {
                var loader = c.GetBatchLoader<string, List<object?>>("variants", store.Variants);
                return await loader.LoadAsync((string)((Dictionary<string, object?>)c.Source!)["id"]!);
            }));

    [Fact]
    public async Task FiftyItems_WithCategoryAndTenVariants_AreOneFetchPerRelation()
    {
        var store = new Store();

        var json = await Execute(BuildSchema(store), "{ items { id category { name } variants { sku } } }");

        Assert.Equal(["categories(7)", "variants(50)"], store.Fetches.Order(StringComparer.Ordinal));
        Assert.Contains("\"category\":{\"name\":\"Category cat0\"}", json, StringComparison.Ordinal);
        Assert.Contains("{\"sku\":\"item49-9\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedFetch_FailsEveryFieldOfTheBatch_AsFieldErrors()
    {
        var schema = Build("type Query { items: [Item] } type Item { name: String }", b => b
            .AddResolver("Query", "items", _ => ValueTask.FromResult<object?>(new object?[] { Map(("id", "a")), Map(("id", "b")) }))
            .AddResolver("Item", "name", async c =>
            {
                var loader = c.GetBatchLoader<string, string>("names", (_, _) => throw new InvalidOperationException("database down"));
                return await loader.LoadAsync((string)((Dictionary<string, object?>)c.Source!)["id"]!);
            }));

        var json = System.Text.Json.JsonDocument.Parse(await Execute(schema, "{ items { name } }")).RootElement;

        // The spec leaves the order of errors open; both fields fail with the fetch's message at their own path.
        Assert.Equal(
            ["database down at items.0.name (1:11)", "database down at items.1.name (1:11)"],
            json.GetProperty("errors").EnumerateArray()
                .Select(e => $"{e.GetProperty("message").GetString()} at {string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString()))} ({e.GetProperty("locations")[0].GetProperty("line")}:{e.GetProperty("locations")[0].GetProperty("column")})")
                .Order(StringComparer.Ordinal));
        Assert.Equal("""{"items":[{"name":null},{"name":null}]}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_fetch_that_completes_synchronously_may_start_loads_of_new_loaders()
    {
        // Regression: the dispatch loop enumerated its loaders while the resolvers a synchronous fetch
        // resumed registered a new one ("Collection was modified").
        static Task<IReadOnlyDictionary<string, Dictionary<string, object?>>> Now(IReadOnlyList<string> ids, CancellationToken _) =>
            Task.FromResult<IReadOnlyDictionary<string, Dictionary<string, object?>>>(ids.ToDictionary(id => id, id => Map(("id", id), ("parentId", id + "p"))));
        var schema = Build("type Query { items: [Item!]! } type Item { category: Category } type Category { id: ID! parent: Category }", b => b
            .AddResolver("Query", "items", async _ =>
            {
                await Task.Yield();
                return Enumerable.Range(0, 3).Select(i => (object?)Map(("categoryId", $"c{i}"))).ToList();
            })
            .AddResolver("Item", "category", async c => await c.GetBatchLoader<string, Dictionary<string, object?>>("categories", Now).LoadAsync((string)((Dictionary<string, object?>)c.Source!)["categoryId"]!))
            .AddResolver("Category", "parent", async c => await c.GetBatchLoader<string, Dictionary<string, object?>>("parents", Now).LoadAsync((string)((Dictionary<string, object?>)c.Source!)["parentId"]!)));

        var json = await Execute(schema, "{ items { category { id parent { id parent { id } } } } }");

        Assert.Equal("""{"data":{"items":[{"category":{"id":"c0","parent":{"id":"c0p","parent":{"id":"c0pp"}}}},{"category":{"id":"c1","parent":{"id":"c1p","parent":{"id":"c1pp"}}}},{"category":{"id":"c2","parent":{"id":"c2p","parent":{"id":"c2pp"}}}}]}}""", json);
    }

    [Fact]
    public async Task A_list_that_reads_its_childrens_rows_ahead_primes_their_loader_and_saves_the_fetch()
    {
        var store = new Store();
        var schema = Build("type Query { items: [Item!]! } type Item { id: ID! category: Category variants: [Variant!]! } type Category { id: ID! name: String } type Variant { sku: String! }", b => b
            .AddResolver("Query", "items", async c =>
            {
                var items = Enumerable.Range(0, 50).Select(i => Map(("id", $"item{i}"), ("categoryId", $"cat{i % 7}"))).ToList();
                if (c.SelectedFields().Any(f => f.Field.Name == "variants"))
                {
                    var variants = await store.Variants([.. items.Select(i => (string)i["id"]!)], c.CancellationToken);
                    var loader = c.GetBatchLoader<string, List<object?>>("variants", store.Variants);
                    Assert.All(variants, v => Assert.True(loader.Prime(v.Key, v.Value)));
                    Assert.False(loader.Prime("item0", []), "a primed key keeps its value");
                }

                return items.Cast<object?>().ToList();
            })
            .AddResolver("Item", "category", async c => await c.GetBatchLoader<string, Dictionary<string, object?>>("categories", store.Categories).LoadAsync((string)((Dictionary<string, object?>)c.Source!)["categoryId"]!))
            .AddResolver("Item", "variants", async c => await c.GetBatchLoader<string, List<object?>>("variants", store.Variants).LoadAsync((string)((Dictionary<string, object?>)c.Source!)["id"]!)));

        var json = await Execute(schema, "{ items { id category { name } variants { sku } } }");

        Assert.Equal(["categories(7)", "variants(50)"], store.Fetches.Order(StringComparer.Ordinal)); // the variants once, read ahead
        Assert.Contains("{\"sku\":\"item49-9\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selected_fields_are_collected_as_the_executor_collects_them()
    {
        var seen = new List<string>();
        var nodes = new List<object>();
        var schema = Build(
            "type Query { list: Conn } type Conn { nodes: [Item!]! edges: [Edge!]! } type Edge { node: Item! } type Item { id: ID! children(first: Int = 5): [Item!]! }",
            b => b
                .AddResolver("Query", "list", c =>
                {
                    foreach (var path in new[] { new[] { "nodes" }, ["edges", "node"] })
                    {
                        seen.AddRange(c.SelectedFields(path).Select(f =>
                            $"{string.Join('.', path)}/{f.ResponseKey}:{f.ParentType.Name}.{f.Field.Name}({string.Join(",", (f.Arguments ?? new Dictionary<string, object?> { ["invalid"] = null }).Select(a => $"{a.Key}={a.Value}"))})[{f.Nodes.Count}]{{{string.Join(",", f.SelectedFieldNames().Order(StringComparer.Ordinal))}}}"));
                    }

                    nodes.AddRange(c.SelectedFields("nodes").Where(f => f.Field.Name == "children").Select(f => (object)f.Nodes[0]));
                    return ValueTask.FromResult<object?>(Map(("nodes", new List<object?> { Map(("id", "a")) }), ("edges", new List<object?>())));
                })
                .AddResolver("Item", "children", c =>
                {
                    nodes.Add(c.FieldNodes[0]); // the node a read-ahead keys its loader by
                    return ValueTask.FromResult<object?>(new List<object?>());
                }));

        var json = await Execute(schema, """
            query($n: Int, $skip: Boolean!) { list {
              nodes { id ...F kids: children(first: $n) { id } skipped: children @skip(if: $skip) { id } }
              edges { node { ... on Item { children { id } } } }
            } }
            fragment F on Item { children { id } children { children { id } } }
            """, """{"n": 3, "skip": true}""");

        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
        Assert.Equal(
            [
                "nodes/id:Item.id()[1]{}",
                "nodes/children:Item.children(first=5)[2]{children,id}",
                "nodes/kids:Item.children(first=3)[1]{id}",
                "edges.node/children:Item.children(first=5)[1]{id}",
            ],
            seen);
        Assert.Equal(4, nodes.Count); // children and kids read ahead, then their resolvers
        Assert.Same(nodes[0], nodes[2]);
        Assert.Same(nodes[1], nodes[3]);
    }
}
