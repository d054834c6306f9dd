using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Workloads;

namespace Platform.GraphQL.Tests.GraphqlJs;

/// <summary>
/// The same requests through graphql-js 16 (parse + validate + execute) and through our executor,
/// over the benchmark shop with the same data and resolvers: the responses must be the same JSON —
/// data, key order, error messages, locations and paths. Our errors also carry
/// <c>extensions.code</c>, which graphql-js does not add, so that is left out. Two differences are
/// deliberate: the spec leaves the order of <c>__schema.types</c> open (graphql-js lists types as it
/// reaches them from the roots, we list built-in scalars first, then definition order), so types
/// compare sorted; and graphql-js 16.15 allows <c>@deprecated</c> on directive definitions, which the
/// September 2025 spec does not, so directive locations are not compared.
/// </summary>
public sealed class DifferentialExecutionTests
{
    private static readonly (string Query, string? Variables)[] Requests =
    [
        ("{ shop(id: \"shop-1\") { id name url owner { name email avatar } categories { slug } } }", null),
        ("{ shop(id: \"nope\") { id } }", null),
        ("{ products(first: 3) { __typename id sku price inStock tags category { name } variants { color size stock } } }", null),
        ("{ products(first: 2, category: \"cat-3\") { id reviews(first: 2) { title stars author { avatar(size: 16) } } } }", null),
        ("query ($n: Int!, $r: Int = 1) { products(first: $n) { name reviews(first: $r) { id } } }", """{"n":2}"""),
        ("query ($n: Int!) { products(first: $n) { id } }", """{"n":"two"}"""),
        ("query ($n: Int!) { products(first: $n) { id } }", "{}"),
        ("query ($n: Int!) { products(first: $n) { id } }", """{"n":2.5}"""),
        ("query ($c: ID) { products(first: 1, category: $c) { id } }", """{"c":3}"""),
        ("query ($w: Boolean!) { shop(id: \"shop-1\") { name @skip(if: $w) url @include(if: $w) } }", """{"w":true}"""),
        ("{ a: products(first: 1) { id } b: products(first: 2) { id alias: name } }", null),
        ("{ products(first: 1) { ...Card ... on Product { description } } } fragment Card on Product { id name ... on Node { id } }", null),
        ("{ node(id: \"x\") { id } }", null),
        ("{ __typename products(first: 1) { __typename variants { __typename } } }", null),
        ("{ __type(name: \"Product\") { name kind fields { name args { name defaultValue } type { kind name ofType { kind name ofType { kind name ofType { name } } } } } interfaces { name } } }", null),
        ("{ __type(name: \"Size\") { enumValues { name isDeprecated } } }", null),
        ("{ __schema { queryType { name } mutationType { name } types { name } directives { name args { name defaultValue } } } }", null),
        ("query A { shop(id: \"shop-1\") { id } } query B { products(first: 1) { id } }", null),
        ("{ products(first: 100) { id } }", null),
        ("{ products(first: 1) { reviews(first: 0) { id } } }", null),
    ];

    [Fact]
    public async Task OurResponses_AreGraphqlJsResponses()
    {
        var input = new JsonArray([.. Requests.Select(r => new JsonObject { ["query"] = r.Query, ["variables"] = r.Variables is null ? null : JsonNode.Parse(r.Variables) })]);
        var theirs = JsonNode.Parse(await GraphqlJs.RunAsync("execute", input.ToJsonString()))!.AsArray();
        var (schema, data) = BenchShop.Load();
        var executor = new GraphQLExecutor(schema);

        var mismatches = new List<string>();
        for (var i = 0; i < Requests.Length; i++)
        {
            var (query, variables) = Requests[i];
            var result = await executor.ExecuteAsync(new GraphQLRequest(query)
            {
                Variables = variables is null ? null : JsonDocument.Parse(variables).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()),
                RootValue = data,
            });
            var ours = JsonNode.Parse(ExecutionResultJson.Serialize(result))!.AsObject();
            foreach (var error in ours["errors"]?.AsArray() ?? [])
            {
                error!.AsObject().Remove("extensions");
            }

            var expected = SortSchemaTypes(theirs[i]!.AsObject()).ToJsonString();
            SortSchemaTypes(ours);
            if (expected != ours.ToJsonString())
            {
                mismatches.Add($"{query} {variables}\n  graphql-js: {expected}\n  ours:       {ours.ToJsonString()}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static JsonObject SortSchemaTypes(JsonObject response)
    {
        if (response["data"]?["__schema"]?["types"] is JsonArray types)
        {
            var sorted = types.Select(t => t!.DeepClone()).OrderBy(t => t.ToJsonString(), StringComparer.Ordinal).ToList();
            types.Clear();
            foreach (var type in sorted)
            {
                types.Add(type);
            }
        }

        return response;
    }
}
