using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.Benchmarks;

/// <summary>
/// Parse, validate and execute of (a) graphql-js's introspection query with every option on and
/// (b) a 32-field query with fragments, variables and nested lists over in-memory data. The same
/// files (bench/graphql/) run under graphql-js with bench/graphql-js/bench.mjs, the baseline.
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private Schema _schema = null!;
    private Dictionary<string, object?> _data = null!;
    private Dictionary<string, object?> _variables = null!;
    private string _introspectionText = null!;
    private string _catalogueText = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _catalogue = null!;
    private GraphQLExecutor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_schema, _data) = BenchShop.Load();
        _introspectionText = BenchShop.Read("introspection.graphql");
        _catalogueText = BenchShop.Read("catalogue.graphql");
        _variables = new Dictionary<string, object?> { ["shop"] = "shop-1", ["first"] = 20, ["reviews"] = 3, ["withOwner"] = true };
        _introspection = Parser.Parse(_introspectionText);
        _catalogue = Parser.Parse(_catalogueText);
        _executor = new GraphQLExecutor(_schema);

        foreach (var document in new[] { _introspection, _catalogue })
        {
            var errors = DocumentValidator.Validate(_schema, document);
            var result = Executor.ExecuteAsync(new ExecutionRequest(_schema, document) { Variables = _variables, RootValue = _data }).GetAwaiter().GetResult();
            if (errors.Count > 0 || result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The workload fails: {string.Join("; ", errors.Concat(result.Errors))}");
            }
        }
    }

    [Benchmark]
    public DocumentNode ParseIntrospection() => Parser.Parse(_introspectionText);

    [Benchmark]
    public int ValidateIntrospection() => DocumentValidator.Validate(_schema, _introspection).Count;

    [Benchmark]
    public Task<ExecutionResult> ExecuteIntrospection() => Executor.ExecuteAsync(new ExecutionRequest(_schema, _introspection) { RootValue = _data });

    [Benchmark]
    public DocumentNode ParseCatalogue() => Parser.Parse(_catalogueText);

    [Benchmark]
    public int ValidateCatalogue() => DocumentValidator.Validate(_schema, _catalogue).Count;

    [Benchmark]
    public Task<ExecutionResult> ExecuteCatalogue() => Executor.ExecuteAsync(new ExecutionRequest(_schema, _catalogue) { Variables = _variables, RootValue = _data });

    /// <summary>The whole request a host makes: document-cache hit, execute, JSON response.</summary>
    [Benchmark]
    public async Task<string> CatalogueRequestToJson() =>
        ExecutionResultJson.Serialize(await _executor.ExecuteAsync(new GraphQLRequest(_catalogueText) { Variables = _variables, RootValue = _data }));
}

/// <summary>The benchmark shop: bench/graphql's SDL and data with the same resolvers as bench/graphql-js/shop.mjs.</summary>
internal static class BenchShop
{
    private static readonly string Folder = FindFolder();

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static (Schema Schema, Dictionary<string, object?> Data) Load()
    {
        using var json = JsonDocument.Parse(Read("data.json"));
        var raw = (Dictionary<string, object?>)ToPlain(json.RootElement)!;
        var users = (List<object?>)raw["users"]!;
        var categories = (List<object?>)raw["categories"]!;
        object? Link(object? value)
        {
            switch (value)
            {
                case Dictionary<string, object?> map when map.TryGetValue("$user", out var user):
                    return users[Convert.ToInt32(user, System.Globalization.CultureInfo.InvariantCulture)];
                case Dictionary<string, object?> map when map.TryGetValue("$category", out var category):
                    return categories[Convert.ToInt32(category, System.Globalization.CultureInfo.InvariantCulture)];
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

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

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
