using Platform.GraphQL.Execution;
using static Platform.GraphQL.Tests.GraphQLHarness;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>The pipeline a transport calls: parse, limits, validate (cached), execute.</summary>
public sealed class GraphQLExecutorTests
{
    private static GraphQLExecutor CreateExecutor(RequestLimits? limits = null) => new(
        Build("type Query { hello(name: String): String node: Node } type Node { id: ID child: Node }", b => b
            .AddResolver("Query", "hello", c => ValueTask.FromResult<object?>($"Hello, {c.Argument("name", "world")}!"))),
        limits);

    private static async Task<string> Run(GraphQLExecutor executor, string query) =>
        ExecutionResultJson.Serialize(await executor.ExecuteAsync(new GraphQLRequest(query)));

    [Fact]
    public async Task ValidQuery_Executes()
    {
        Assert.Equal(Json("""{"data":{"hello":"Hello, Ada!"}}"""), await Run(CreateExecutor(), "{ hello(name: \"Ada\") }"));
    }

    [Fact]
    public async Task SyntaxError_IsAParseFailure_WithoutData() =>
        Assert.Equal(Json("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"""), await Run(CreateExecutor(), "{"));

    [Fact]
    public async Task InvalidQuery_IsAValidationFailure_WithoutData() =>
        Assert.Equal(Json("""{"errors":[{"message":"Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\"?","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"""), await Run(CreateExecutor(), "{ helo }"));

    [Fact]
    public void RepeatedQuery_IsPreparedOnce()
    {
        var executor = CreateExecutor();

        var first = executor.Prepare("{ hello }");
        var second = executor.Prepare("{ hello }");

        Assert.Same(first, second);
        Assert.NotSame(first, executor.Prepare("{ hello(name: \"x\") }"));
    }

    [Fact]
    public async Task DeepQuery_IsRefused()
    {
        var query = "{ node { " + string.Concat(Enumerable.Repeat("child { ", 40)) + "id" + new string('}', 41) + " }";

        Assert.Equal(Json("""{"errors":[{"message":"The operation is nested deeper than the limit of 32 fields.","locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"""), await Run(CreateExecutor(), query));
    }

    [Fact]
    public async Task AliasBomb_IsRefused()
    {
        var query = "query Bomb { " + string.Concat(Enumerable.Range(0, 3000).Select(i => $"a{i}: hello ")) + "}";

        Assert.Equal(Json("""{"errors":[{"message":"Operation \"Bomb\" selects more than 2000 fields; the limit is 2000.","locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"""), await Run(CreateExecutor(), query));
    }

    [Fact]
    public async Task FragmentFanOut_CountsExpandedFields()
    {
        // Each level doubles: 2^12 fields from a 100-character document.
        var fragments = string.Concat(Enumerable.Range(0, 12).Select(i => $"fragment F{i} on Node {{ ...F{i + 1} child {{ ...F{i + 1} }} }} ")) + "fragment F12 on Node { id }";
        var query = "{ node { ...F0 } } " + fragments;

        var json = await Run(CreateExecutor(new RequestLimits { MaxDepth = 100 }), query);

        Assert.Contains("selects more than 2000 fields", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentCycle_DoesNotHangTheLimitCheck_AndIsAValidationError()
    {
        var json = await Run(CreateExecutor(), "{ node { ...A } } fragment A on Node { child { ...A } }");

        Assert.Contains("Cannot spread fragment \\\"A\\\" within itself.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedDocumentAndTooManyTokens_AreParseFailures()
    {
        var executor = CreateExecutor(new RequestLimits { MaxDocumentLength = 50, MaxTokens = 10 });

        Assert.Contains("Document is 59 characters long; the limit is 50.", await Run(executor, "{ hello " + new string(' ', 50) + "}"), StringComparison.Ordinal);
        Assert.Contains("Document contains more than 10 tokens. Parsing aborted.", await Run(executor, "{ a b c d e f g h i j k }"), StringComparison.Ordinal);
    }
}
