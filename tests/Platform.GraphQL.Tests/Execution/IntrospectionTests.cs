using Platform.TestKit;
using static Platform.GraphQL.Tests.GraphQLHarness;

namespace Platform.GraphQL.Tests.Execution;

public sealed class IntrospectionTests
{
    // The full introspection query with every option on (descriptions, specifiedByURL,
    // isRepeatable, schema description, deprecated input values, isOneOf).
    internal const string FullQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    private const string Sdl = """
        "The test schema."
        schema { query: Query }
        type Query {
          "Finds a node."
          node(id: ID!, legacy: String @deprecated(reason: "Use id.")): Node
          old: String @deprecated
          search(by: SearchBy, first: Int = 10): [Result!]!
        }
        interface Node { id: ID! }
        type Item implements Node { id: ID! price: Decimal }
        type Tag implements Node { id: ID! }
        union Result = Item | Tag
        input SearchBy @oneOf { name: String, tag: ID }
        enum Mood { HAPPY SAD @deprecated(reason: "Cheer up.") }
        scalar Decimal
        directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
        """;

    [Fact]
    public async Task FullIntrospectionQuery_DescribesTheSchema() =>
        Snapshot.Match(Pretty(await Execute(Build(Sdl), FullQuery)));

    [Fact]
    public async Task TypeAndTypename_MetaFields()
    {
        var json = await Execute(Build(Sdl), "{ __typename item: __type(name: \"Item\") { name kind interfaces { name } fields { name } } missing: __type(name: \"Nope\") { name } }");

        Assert.Equal(Json("""{"data":{"__typename":"Query","item":{"name":"Item","kind":"OBJECT","interfaces":[{"name":"Node"}],"fields":[{"name":"id"},{"name":"price"}]},"missing":null}}"""), json);
    }

    [Fact]
    public async Task DeprecatedElements_AreHiddenUnlessAsked()
    {
        var json = await Execute(Build(Sdl), """
            { q: __type(name: "Query") { fields { name } all: fields(includeDeprecated: true) { name deprecationReason } }
              m: __type(name: "Mood") { enumValues { name } } }
            """);

        Assert.Equal(Json("""{"data":{"q":{"fields":[{"name":"node"},{"name":"search"}],"all":[{"name":"node","deprecationReason":null},{"name":"old","deprecationReason":"No longer supported"},{"name":"search","deprecationReason":null}]},"m":{"enumValues":[{"name":"HAPPY"}]}}}"""), json);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Pretty(string json) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement, Indented);
}
