using System.Runtime.CompilerServices;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Tests.GraphQLHarness;

namespace Platform.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return Map(("tick", Map(("n", i))));
        }
    }

    [Fact]
    public async Task EachSourceEvent_ExecutesTheSelectionSet()
    {
        var schema = Build("type Query { a: Int } type Subscription { tick(count: Int!): Tick } type Tick { n: Int! }", b => b
            .AddSubscriber("Subscription", "tick", c => ValueTask.FromResult(Ticks((int)c.Arguments["count"]!))));

        var result = await Executor.SubscribeAsync(new ExecutionRequest(schema, Parser.Parse("subscription { tick(count: 3) { n } }")));

        Assert.Null(result.Error);
        var responses = new List<string>();
        await foreach (var response in result.Stream!)
        {
            responses.Add(ExecutionResultJson.Serialize(response));
        }

        Assert.Equal(["{\"data\":{\"tick\":{\"n\":1}}}", "{\"data\":{\"tick\":{\"n\":2}}}", "{\"data\":{\"tick\":{\"n\":3}}}"], responses);
    }

    [Fact]
    public async Task SubscriberThatThrows_IsARequestError()
    {
        var schema = Build("type Query { a: Int } type Subscription { tick: Int }", b => b
            .AddSubscriber("Subscription", "tick", _ => throw new InvalidOperationException("not allowed")));

        var result = await Executor.SubscribeAsync(new ExecutionRequest(schema, Parser.Parse("subscription { tick }")));

        Assert.Null(result.Stream);
        Assert.Equal(Json("""{"errors":[{"message":"not allowed","locations":[{"line":1,"column":16}],"path":["tick"]}]}"""), ExecutionResultJson.Serialize(result.Error!));
    }

    [Fact]
    public async Task QueryOnSubscribe_IsRefused()
    {
        var schema = Build("type Query { a: Int }");

        var result = await Executor.SubscribeAsync(new ExecutionRequest(schema, Parser.Parse("{ a }")));

        Assert.Equal("Schema is not configured to execute subscription operation.", Assert.Single(result.Error!.Errors).Message);
    }
}
