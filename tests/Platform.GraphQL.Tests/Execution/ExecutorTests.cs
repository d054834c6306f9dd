using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.GraphQLHarness;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>SDL + resolvers + document → the exact JSON response (key order follows the selection set).</summary>
public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query {
          hero(episode: Episode = EMPIRE): Character
          droid(id: ID!): Droid
          search(text: String!): [SearchResult!]!
          numbers(count: Int!): [Int!]
          greet(name: String = "World", times: Int): String
          failing: String
          failingNonNull: String!
          nested: Nested
          optionalList: [String]
          echo(input: EchoInput): String
        }
        type Mutation { add(value: Int!): Int! }
        enum Episode { NEWHOPE EMPIRE JEDI }
        interface Character { id: ID! name: String friends: [Character] }
        type Human implements Character { id: ID! name: String friends: [Character] homePlanet: String }
        type Droid implements Character { id: ID! name: String friends: [Character] primaryFunction: String }
        union SearchResult = Human | Droid
        type Nested { value: String! other: String }
        input EchoInput { text: String! repeat: Int = 1 }
        """;

    private static readonly Dictionary<string, object?> Luke = Map(("__typename", "Human"), ("id", "1000"), ("name", "Luke Skywalker"), ("homePlanet", "Tatooine"));
    private static readonly Dictionary<string, object?> R2 = Map(("__typename", "Droid"), ("id", "2001"), ("name", "R2-D2"), ("primaryFunction", "Astromech"));

    private static Schema BuildSchema(List<int>? mutations = null) => Build(Sdl, b => b
        .AddEnumValues("Episode", new Dictionary<string, object> { ["NEWHOPE"] = 4, ["EMPIRE"] = 5, ["JEDI"] = 6 })
        .AddResolver("Query", "hero", c => ValueTask.FromResult<object?>((int)c.Arguments["episode"]! == 5 ? Luke : R2))
        .AddResolver("Query", "droid", c => ValueTask.FromResult<object?>((string)c.Arguments["id"]! == "2001" ? R2 : null))
        .AddResolver("Query", "search", async c =>
        {
            await Task.Yield();
            return new object?[] { Luke, R2 };
        })
        .AddResolver("Query", "numbers", c => ValueTask.FromResult<object?>(Enumerable.Range(1, (int)c.Arguments["count"]!).ToList()))
        .AddResolver("Query", "greet", c => ValueTask.FromResult<object?>(string.Concat(Enumerable.Repeat($"Hello, {c.Arguments["name"]}!", c.Argument<int?>("times") ?? 1))))
        .AddResolver("Query", "failing", _ => throw new InvalidOperationException("Something broke."))
        .AddResolver("Query", "failingNonNull", _ => ValueTask.FromResult<object?>(null))
        .AddResolver("Query", "nested", _ => ValueTask.FromResult<object?>(Map(("value", null), ("other", "x"))))
        .AddResolver("Query", "optionalList", _ => ValueTask.FromResult<object?>(new object?[] { "a", null, 3 }))
        .AddResolver("Query", "echo", c => ValueTask.FromResult<object?>(c.Arguments["input"] is Dictionary<string, object?> input ? string.Concat(Enumerable.Repeat((string)input["text"]!, (int)input["repeat"]!)) : "none"))
        .AddResolver("Human", "friends", _ => ValueTask.FromResult<object?>(new object?[] { R2 }))
        .AddResolver("Droid", "friends", _ => ValueTask.FromResult<object?>(new object?[] { Luke, null }))
        .AddResolver("Mutation", "add", async c =>
        {
            var value = (int)c.Arguments["value"]!;
            await Task.Delay(value == 1 ? 30 : 1);
            mutations?.Add(value);
            return value * 10;
        }));

    [Fact]
    public async Task Query_WithAliasesFragmentsAndAbstractTypes()
    {
        var json = await Execute(BuildSchema(), """
            query HeroQuery {
              luke: hero { ...CharacterFields ... on Human { homePlanet } }
              r2: hero(episode: NEWHOPE) { __typename ...CharacterFields ... on Droid { primaryFunction } }
            }
            fragment CharacterFields on Character { id name friends { name } }
            """);

        Assert.Equal(Json("""
            {"data":{
              "luke":{"id":"1000","name":"Luke Skywalker","friends":[{"name":"R2-D2"}],"homePlanet":"Tatooine"},
              "r2":{"__typename":"Droid","id":"2001","name":"R2-D2","friends":[{"name":"Luke Skywalker"},null],"primaryFunction":"Astromech"}
            }}
            """), json);
    }

    [Fact]
    public async Task UnionsResolveByTypename_AndAsyncResolversAreAwaited()
    {
        var json = await Execute(BuildSchema(), "{ search(text: \"x\") { __typename ... on Human { homePlanet } ... on Droid { primaryFunction } } }");

        Assert.Equal(Json("""{"data":{"search":[{"__typename":"Human","homePlanet":"Tatooine"},{"__typename":"Droid","primaryFunction":"Astromech"}]}}"""), json);
    }

    [Fact]
    public async Task Variables_DefaultsAndSkipInclude()
    {
        var json = await Execute(BuildSchema(), """
            query ($name: String, $times: Int = 2, $skip: Boolean!) {
              a: greet(name: $name, times: $times)
              b: greet @skip(if: $skip)
              c: greet @include(if: $skip)
              d: greet(name: "Leia")
            }
            """, """{"name":"Han","skip":true}""");

        Assert.Equal(Json("""{"data":{"a":"Hello, Han!Hello, Han!","c":"Hello, World!","d":"Hello, Leia!"}}"""), json);
    }

    [Fact]
    public async Task InputObjects_WithDefaultsFromLiteralsAndVariables()
    {
        var schema = BuildSchema();

        Assert.Equal(Json("""{"data":{"echo":"hihi"}}"""), await Execute(schema, "{ echo(input: {text: \"hi\", repeat: 2}) }"));
        Assert.Equal(Json("""{"data":{"echo":"yo"}}"""), await Execute(schema, "query ($i: EchoInput) { echo(input: $i) }", """{"i":{"text":"yo"}}"""));
    }

    [Fact]
    public async Task ResolverError_IsAFieldError_WithPathAndLocation_OthersStillResolve()
    {
        var json = await Execute(BuildSchema(), "{\n  greet\n  failing\n}");

        Assert.Equal(Json("""{"errors":[{"message":"Something broke.","locations":[{"line":3,"column":3}],"path":["failing"]}],"data":{"greet":"Hello, World!","failing":null}}"""), json);
    }

    [Fact]
    public async Task NullInNonNullField_PropagatesToTheNearestNullableParent()
    {
        var json = await Execute(BuildSchema(), "{ nested { other value } greet }");

        Assert.Equal(Json("""{"errors":[{"message":"Cannot return null for non-nullable field Nested.value.","locations":[{"line":1,"column":18}],"path":["nested","value"]}],"data":{"nested":null,"greet":"Hello, World!"}}"""), json);
    }

    [Fact]
    public async Task NullInNonNullRootField_NullsTheWholeData()
    {
        var json = await Execute(BuildSchema(), "{ greet failingNonNull }");

        Assert.Equal(Json("""{"errors":[{"message":"Cannot return null for non-nullable field Query.failingNonNull.","locations":[{"line":1,"column":9}],"path":["failingNonNull"]}],"data":null}"""), json);
    }

    [Fact]
    public async Task ListItems_AreCoercedAndFailIndividually()
    {
        var json = await Execute(BuildSchema(), "{ optionalList numbers(count: 3) }");

        Assert.Equal(Json("""{"data":{"optionalList":["a",null,"3"],"numbers":[1,2,3]}}"""), json);
    }

    [Fact]
    public async Task EnumArguments_MapToInternalValues()
    {
        Assert.Equal(Json("""{"data":{"hero":{"name":"R2-D2"}}}"""), await Execute(BuildSchema(), "{ hero(episode: JEDI) { name } }"));
    }

    [Fact]
    public async Task Mutations_RunSerially_InDocumentOrder()
    {
        var order = new List<int>();

        var json = await Execute(BuildSchema(order), "mutation { first: add(value: 1) second: add(value: 2) third: add(value: 3) }");

        Assert.Equal(Json("""{"data":{"first":10,"second":20,"third":30}}"""), json);
        Assert.Equal([1, 2, 3], order);
    }

    [Theory]
    [InlineData("query A { greet } query B { greet }", null, null, """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""")]
    [InlineData("query A { greet }", null, "C", """{"errors":[{"message":"Unknown operation named \"C\"."}]}""")]
    [InlineData("fragment F on Query { greet }", null, null, """{"errors":[{"message":"Must provide an operation."}]}""")]
    [InlineData("query ($id: ID!) { droid(id: $id) { name } }", "{}", null, """{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($id: ID!) { droid(id: $id) { name } }", """{"id":null}""", null, """{"errors":[{"message":"Variable \"$id\" of non-null type \"ID!\" must not be null.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($n: Int) { numbers(count: $n) }", """{"n":"three"}""", null, """{"errors":[{"message":"Variable \"$n\" got invalid value \"three\"; Int cannot represent non-integer value: \"three\"","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($i: EchoInput) { echo(input: $i) }", """{"i":{"txt":"x"}}""", null, """{"errors":[{"message":"Variable \"$i\" got invalid value { txt: \"x\" }; Field \"text\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}},{"message":"Variable \"$i\" got invalid value { txt: \"x\" }; Field \"txt\" is not defined by type \"EchoInput\". Did you mean \"text\"?","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($e: Episode) { hero(episode: $e) { name } }", """{"e":"EMPRE"}""", null, """{"errors":[{"message":"Variable \"$e\" got invalid value \"EMPRE\"; Value \"EMPRE\" does not exist in \"Episode\" enum. Did you mean the enum value \"EMPIRE\"?","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    public async Task RequestErrors_HaveNoDataEntry(string query, string? variables, string? operationName, string expected) =>
        Assert.Equal(Json(expected), await Execute(BuildSchema(), query, variables, operationName: operationName));

    [Fact]
    public async Task SchemaWithoutMutationRoot_RefusesMutations()
    {
        var schema = Build("type Query { a: Int }");

        Assert.Equal(Json("""{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}]}"""), await Execute(schema, "mutation { a }"));
    }

    [Fact]
    public async Task InvalidArgumentLiteral_IsAFieldError()
    {
        var json = await Execute(BuildSchema(), "{ numbers(count: \"3\") }");

        Assert.Equal(Json("""{"errors":[{"message":"Argument \"count\" has invalid value \"3\".","locations":[{"line":1,"column":3}],"path":["numbers"]}],"data":{"numbers":null}}"""), json);
    }

    [Fact]
    public async Task ResultThatCannotBeSerialized_IsAFieldError()
    {
        var schema = Build("type Query { count: Int mood: Mood } enum Mood { HAPPY }", b => b
            .AddResolver("Query", "count", _ => ValueTask.FromResult<object?>("many"))
            .AddResolver("Query", "mood", _ => ValueTask.FromResult<object?>("GRUMPY")));

        var json = await Execute(schema, "{ count mood }");

        Assert.Equal(Json("""{"errors":[{"message":"Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":3}],"path":["count"]},{"message":"Enum \"Mood\" cannot represent value: \"GRUMPY\"","locations":[{"line":1,"column":9}],"path":["mood"]}],"data":{"count":null,"mood":null}}"""), json);
    }

    [Fact]
    public async Task UnexpectedExceptions_AreHiddenOutsideDevelopment()
    {
        var json = await Execute(BuildSchema(), "{ failing }", options: new ExecutionOptions { ExposeExceptionMessages = false });

        Assert.Equal(Json("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["failing"],"extensions":{"code":"INTERNAL"}}],"data":{"failing":null}}"""), json);
    }

    [Fact]
    public async Task HangingResolver_EndsWithATimeoutError()
    {
        var schema = Build("type Query { slow: String fast: String }", b => b
            .AddResolver("Query", "slow", async _ =>
            {
                await Task.Delay(Timeout.Infinite);
                return null;
            })
            .AddResolver("Query", "fast", _ => ValueTask.FromResult<object?>("ok")));

        var json = await Execute(schema, "{ fast slow }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal(Json("""{"errors":[{"message":"Execution exceeded the time limit of 100 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":null}"""), json);
    }

    [Fact]
    public async Task DefaultResolver_ReadsMapsAndJson()
    {
        var schema = Build("type Query { item: Item } type Item { name: String tags: [String] }");
        var root = Map(("item", System.Text.Json.JsonDocument.Parse("""{"name":"Widget","tags":["a","b"]}""").RootElement));

        Assert.Equal(Json("""{"data":{"item":{"name":"Widget","tags":["a","b"]}}}"""), await Execute(schema, "{ item { name tags } }", root: root));
    }

    [Fact]
    public async Task ReportedErrors_KeepThePartialValue_AndCarryPathLocationAndCode()
    {
        var schema = Build("type Query { items: [String] }", b => b.AddResolver("Query", "items", c =>
        {
            c.ReportError("Two of four items could not be read.", "PARTIAL_RESULT");
            return ValueTask.FromResult<object?>(new[] { "a", "b" });
        }));

        Assert.Equal(
            Json("""{"errors":[{"message":"Two of four items could not be read.","locations":[{"line":1,"column":3}],"path":["items"],"extensions":{"code":"PARTIAL_RESULT"}}],"data":{"items":["a","b"]}}"""),
            await Execute(schema, "{ items }"));
    }

    [Fact]
    public async Task FieldsTheTypeDoesNotDefine_AreLeftOut_WhenAnUnvalidatedDocumentIsExecuted()
    {
        var schema = Build("type Query { a: String }");

        var result = await Executor.ExecuteAsync(new ExecutionRequest(schema, Platform.GraphQL.Language.Parser.Parse("{ a missing }")) { RootValue = Map(("a", "x"), ("missing", "leak")) });

        Assert.Equal(Json("""{"data":{"a":"x"}}"""), ExecutionResultJson.Serialize(result));
    }
}
