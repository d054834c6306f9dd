using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// The graphql-cats scenarios whose action is <c>execute</c>, driven through the suite's
/// conventions: the schema's <c>@resolve…</c> directives pick a resolver, <c>test-data</c> supplies
/// the values (with <c>{$ref: name}</c> links), and an object's <c>type</c> entry names its concrete type.
/// </summary>
public sealed class CatsExecutionTests
{
    private const string DriverDirectives = """
        directive @resolveString(value: String!) on FIELD_DEFINITION
        directive @resolvePromiseString(value: String!) on FIELD_DEFINITION
        directive @argumentsJson on FIELD_DEFINITION
        directive @resolveEmptyObject on FIELD_DEFINITION
        directive @resolveTestData(name: String!) on FIELD_DEFINITION
        directive @resolvePromiseTestData(name: String!) on FIELD_DEFINITION
        directive @resolvePromise on FIELD_DEFINITION
        directive @resolveError(message: String!) on FIELD_DEFINITION
        directive @resolveErrorList(values: [String!]!, messages: [String!]!) on FIELD_DEFINITION
        directive @resolvePromiseReject(message: String!) on FIELD_DEFINITION
        directive @resolvePromiseRejectList(values: [String!]!, messages: [String!]!) on FIELD_DEFINITION

        """;

    // The suite asserts the messages of older graphql-js for request errors; ours follow graphql-js 16.
    private static readonly Dictionary<string, string> TodaysWording = new(StringComparer.Ordinal)
    {
        ["Must provide operation"] = "Must provide an operation.",
        ["Must provide operation name if query contains multiple operations"] = "Must provide operation name if query contains multiple operations.",
        ["Unknown operation name 'UnknownExample'"] = "Unknown operation named \"UnknownExample\".",
        ["The 'Query' definition is not executable."] = "The \"Query\" definition is not executable.",
    };

    // Written before interfaces could implement interfaces: the September 2025 spec answers an
    // interface's `interfaces` with a list (empty here), where the suite expects null.
    private static readonly HashSet<string> InterfacesOfAnInterfaceIsAList = new(StringComparer.Ordinal) { "introspect on union and intersection types" };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var test in CatsScenarios.Load("execute"))
        {
            data.Add(test.File, test.Name);
        }

        return data;
    }

    [Fact]
    public void TheSuite_HasExecutionScenarios() =>
        Assert.True(CatsScenarios.Load("execute").Count() >= 20);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario(string file, string name)
    {
        var test = CatsScenarios.Load("execute").Single(c => c.File == file && c.Name == name);
        var testData = ResolveReferences(test.TestData as Dictionary<string, object?> ?? []);
        var schema = BuildSchema(test.Schema!, testData);
        var options = test.When["execute"] as Dictionary<string, object?> ?? [];

        var document = Parser.Parse(test.Query);
        ExecutionResult result;
        var validationErrors = options.GetValueOrDefault("validate-query") is false ? [] : DocumentValidator.Validate(schema, document);
        if (validationErrors.Count > 0)
        {
            result = ExecutionResult.RequestError(validationErrors);
        }
        else
        {
            result = await Executor.ExecuteAsync(new ExecutionRequest(schema, document)
            {
                OperationName = options.GetValueOrDefault("operation-name") as string,
                Variables = options.GetValueOrDefault("variables") as Dictionary<string, object?>,
                RootValue = options.GetValueOrDefault("test-value") is string root ? testData[root] : null,
                Options = ExecutionOptions.Default with { ExposeExceptionMessages = true },
            });
        }

        foreach (var entry in test.AssertionEntries)
        {
            if (entry.TryGetValue("data", out var expectedData))
            {
                Assert.True(result.HasData, $"{test}: expected data, got request errors {string.Join(" | ", result.Errors)}");
                var expected = Canonical(ExpectedJson(expectedData));
                if (InterfacesOfAnInterfaceIsAList.Contains(test.Name))
                {
                    expected = expected.Replace("\"interfaces\":null,\"kind\":\"INTERFACE\"", "\"interfaces\":[],\"kind\":\"INTERFACE\"", StringComparison.Ordinal);
                }

                Assert.Equal(expected, Canonical(JsonNode.Parse(ExecutionResultJson.Serialize(result))!["data"]));
            }

            if (entry.TryGetValue("error-count", out var count))
            {
                Assert.Equal(Convert.ToInt32(count, CultureInfo.InvariantCulture), result.Errors.Count);
            }

            if (entry.TryGetValue("error", out var message))
            {
                var location = entry.GetValueOrDefault("loc") as Dictionary<string, object?>;
                Assert.True(
                    result.Errors.Any(e => e.Message == (string)message! && (location is null || e.Locations.Any(l => l.Line == Convert.ToInt32(location["line"], CultureInfo.InvariantCulture) && l.Column == Convert.ToInt32(location["column"], CultureInfo.InvariantCulture)))),
                    $"{test}: no error \"{message}\" at {string.Join(",", location?.Values.AsEnumerable() ?? [])}. Got: {string.Join(" | ", result.Errors)}");
            }

            if (entry.TryGetValue("exception", out var exception))
            {
                Assert.False(result.HasData, $"{test}: expected a request error, got data");
                var wording = TodaysWording.TryGetValue((string)exception!, out var today) ? today : throw new InvalidOperationException($"No graphql-js 16 wording mapped for \"{exception}\".");
                Assert.Contains(result.Errors, e => e.Message == wording);
            }
        }
    }

    private static Schema BuildSchema(string sdl, Dictionary<string, object?> testData)
    {
        var document = Parser.Parse(DriverDirectives + sdl);
        var builder = new SchemaBuilder().AddTypeDefinitions(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode type:
                    foreach (var field in type.Fields)
                    {
                        if (field.Directives is [var directive, ..])
                        {
                            builder.AddResolver(type.Name.Value, field.Name.Value, DirectiveResolver(directive, testData));
                        }
                    }

                    break;
                case InterfaceTypeDefinitionNode or UnionTypeDefinitionNode:
                    builder.AddTypeResolver(SchemaBuilder.DefinitionName(definition), (value, _) => (value as Dictionary<string, object?>)?.GetValueOrDefault("type") as string);
                    break;
            }
        }

        return builder.Build();
    }

    private static FieldResolver DirectiveResolver(DirectiveNode directive, Dictionary<string, object?> testData)
    {
        string Text(string argument) => ((StringValueNode)directive.Arguments.Single(a => a.Name.Value == argument).Value).Value;
        List<string> Texts(string argument) => [.. ((ListValueNode)directive.Arguments.Single(a => a.Name.Value == argument).Value).Values.Cast<StringValueNode>().Select(v => v.Value)];

        return directive.Name.Value switch
        {
            "resolveString" => context => ValueTask.FromResult<object?>(Substitute(Text("value"), context)),
            "resolvePromiseString" => async context =>
            {
                await Task.Delay(1, context.CancellationToken);
                return Substitute(Text("value"), context);
            },
            "argumentsJson" => context => ValueTask.FromResult<object?>(JsonSerializer.Serialize(context.Arguments)),
            "resolveEmptyObject" => _ => ValueTask.FromResult<object?>(new Dictionary<string, object?>()),
            "resolveTestData" => _ => ValueTask.FromResult(testData[Text("name")]),
            "resolvePromiseTestData" => async context =>
            {
                await Task.Delay(1, context.CancellationToken);
                return testData[Text("name")];
            },
            "resolvePromise" => async context =>
            {
                await Task.Delay(1, context.CancellationToken);
                return (context.Source as Dictionary<string, object?>)?.GetValueOrDefault(context.FieldNodes[0].Name.Value);
            },
            "resolveError" => _ => throw new InvalidOperationException(Text("message")),
            "resolvePromiseReject" => async context =>
            {
                await Task.Delay(1, context.CancellationToken);
                throw new InvalidOperationException(Text("message"));
            },
            "resolveErrorList" => context => ValueTask.FromResult(PartialList(context, Texts("values"), Texts("messages"))),
            "resolvePromiseRejectList" => async context =>
            {
                await Task.Delay(1, context.CancellationToken);
                return PartialList(context, Texts("values"), Texts("messages"));
            },
            var other => throw new InvalidOperationException($"Unknown graphql-cats directive @{other}."),
        };
    }

    private static object? PartialList(ResolveFieldContext context, List<string> values, List<string> messages)
    {
        foreach (var message in messages)
        {
            context.ReportError(message);
        }

        return values;
    }

    private static string Substitute(string template, ResolveFieldContext context)
    {
        var text = new StringBuilder(template);
        foreach (var (name, value) in context.Arguments)
        {
            text.Replace("$" + name, Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    // Replaces every {$ref: name} map with the named value itself (cycles are fine: execution is lazy).
    private static Dictionary<string, object?> ResolveReferences(Dictionary<string, object?> testData)
    {
        object? Resolve(object? value) => value is Dictionary<string, object?> { Count: 1 } map && map.TryGetValue("$ref", out var name) ? testData[(string)name!] : value;

        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        void Walk(object? value)
        {
            if (value is null || !seen.Add(value))
            {
                return;
            }

            switch (value)
            {
                case Dictionary<string, object?> map:
                    foreach (var key in map.Keys.ToList())
                    {
                        map[key] = Resolve(map[key]);
                        Walk(map[key]);
                    }

                    break;
                case List<object?> list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        list[i] = Resolve(list[i]);
                        Walk(list[i]);
                    }

                    break;
            }
        }

        Walk(testData);
        return testData;
    }

    private static string SortedList(JsonNode? node) =>
        node is JsonArray list ? "[" + string.Join(",", list.Select(Canonical).Order(StringComparer.Ordinal)) + "]" : Canonical(node);

    // The expectations are read untyped (every scalar a string), so both sides compare with scalars as strings.
    private static JsonNode? ExpectedJson(object? value) => value switch
    {
        null => null,
        Dictionary<string, object?> map => new JsonObject(map.Select(e => KeyValuePair.Create(e.Key, ExpectedJson(e.Value)))),
        List<object?> list => new JsonArray([.. list.Select(ExpectedJson)]),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    // Keys are compared sorted: the suite's expectations do not follow CollectFields order (see
    // "merges parallel fragments"), which our own executor tests assert. The spec leaves the order of
    // possibleTypes open, so those compare sorted too.
    private static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject map => "{" + string.Join(",", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => JsonSerializer.Serialize(e.Key) + ":" + (e.Key == "possibleTypes" ? SortedList(e.Value) : Canonical(e.Value)))) + "}",
        JsonArray list => "[" + string.Join(",", list.Select(Canonical)) + "]",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => JsonSerializer.Serialize(scalar.GetValue<string>()),
        _ => JsonSerializer.Serialize(node.ToJsonString().ToLowerInvariant()),
    };
}
