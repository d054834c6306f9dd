using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation.Extras;

namespace Platform.GraphQL.Tests.Validation.Extras;

public sealed class NoIntrospectionRuleTests
{
    private static readonly GraphQLExecutor Executor = new(
        new SchemaBuilder().AddTypeDefinitions("type Query { hello: String }").AddResolver("Query", "hello", _ => ValueTask.FromResult<object?>("hi")).Build(),
        rules: NoIntrospectionRule.WithSpecifiedRules);

    [Theory]
    [InlineData("{ __schema { queryType { name } } }", "__schema")]
    [InlineData("{ __type(name: \"Query\") { name } }", "__type")]
    [InlineData("query { ...F } fragment F on Query { __schema { types { name } } }", "__schema")]
    public async Task Introspection_fields_are_refused_when_switched_off(string query, string field)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest(query));

        Assert.False(result.HasData);
        Assert.Equal($"Introspection is disabled on this server; \"{field}\" cannot be queried.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Typename_and_ordinary_fields_still_answer()
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ __typename hello }"));

        Assert.Empty(result.Errors);
        Assert.Equal("hi", result.Data!["hello"]);
    }
}
