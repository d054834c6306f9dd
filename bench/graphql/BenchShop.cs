using System.Globalization;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Workloads;

/// <summary>
/// The benchmark shop: bench/graphql's SDL and data with the same resolvers as bench/graphql-js/shop.mjs.
/// Compiled into the benchmarks and into the GraphQL tests (which execute it beside graphql-js).
/// </summary>
internal static class BenchShop
{
    private static readonly string Folder = FindFolder();

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static (Schema Schema, Dictionary<string, object?> Data) Load()
    {
        using var json = JsonDocument.Parse(Read("data.json"));
        var raw = (Dictionary<string, object?>)InputCoercion.Unwrap(json.RootElement)!;
        var users = (List<object?>)raw["users"]!;
        var categories = (List<object?>)raw["categories"]!;
        object? Link(object? value)
        {
            switch (value)
            {
                case Dictionary<string, object?> map when map.TryGetValue("$user", out var user):
                    return users[Convert.ToInt32(user, CultureInfo.InvariantCulture)];
                case Dictionary<string, object?> map when map.TryGetValue("$category", out var category):
                    return categories[Convert.ToInt32(category, CultureInfo.InvariantCulture)];
                case Dictionary<string, object?> map:
                    foreach (var key in map.Keys.ToList())
                    {
                        map[key] = Link(map[key]);
                    }

                    return map;
                case List<object?> list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        list[i] = Link(list[i]);
                    }

                    return list;
                default:
                    return value;
            }
        }

        var shop = (Dictionary<string, object?>)Link(raw["shop"])!;
        var products = (List<object?>)Link(raw["products"])!;
        var data = new Dictionary<string, object?> { ["shop"] = shop, ["products"] = products };

        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Read("schema.graphql"))
            .AddResolver("Query", "shop", c => ValueTask.FromResult<object?>((string?)c.Arguments["id"] == (string?)shop["id"] ? shop : null))
            .AddResolver("Query", "products", c =>
            {
                var first = (int)c.Arguments["first"]!;
                var category = c.Arguments.GetValueOrDefault("category") as string;
                var matching = category is null ? products : products.Where(p => (string?)((Dictionary<string, object?>)((Dictionary<string, object?>)p!)["category"]!)["id"] == category);
                return ValueTask.FromResult<object?>(matching.Take(first).ToList());
            })
            .AddResolver("Product", "reviews", c => ValueTask.FromResult<object?>(((List<object?>)((Dictionary<string, object?>)c.Source!)["reviews"]!).Take((int)c.Arguments["first"]!).ToList()))
            .AddResolver("User", "avatar", c => ValueTask.FromResult<object?>($"https://img.example/{((Dictionary<string, object?>)c.Source!)["id"]}?s={c.Arguments["size"]}"))
            .Build();
        return (schema, data);
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "graphql");
            if (File.Exists(Path.Combine(candidate, "schema.graphql")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"bench/graphql was not found above {AppContext.BaseDirectory}.");
    }
}
