using Platform.TestKit;
using static Platform.GraphQL.Tests.GraphQLHarness;

namespace Platform.GraphQL.Tests.GraphqlJs;

/// <summary>graphql-js's buildClientSchema must accept our answer to its getIntrospectionQuery() with every option on.</summary>
public sealed class BuildClientSchemaTests
{
    private const string Sdl = """
        "The differential test schema."
        schema { query: Query mutation: Mutation }
        type Query {
          "Finds a node."
          node(id: ID!, legacy: String @deprecated(reason: "Use id.")): Node
          old: String @deprecated
          search(by: SearchBy, first: Int = 10, order: [Sort!] = [NAME_ASC]): [Result!]!
          when: DateTime
          data: JSON
        }
        type Mutation { rename(id: ID!, name: String!): Item }
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        type Item implements Node & Named { id: ID! name: String price: Decimal count: Long }
        type Tag implements Node { id: ID! }
        union Result = Item | Tag
        input SearchBy @oneOf { name: String, tag: ID }
        input Filter { text: String = "x" legacy: Int @deprecated(reason: "Gone.") nested: Filter }
        enum Sort { NAME_ASC NAME_DESC @deprecated(reason: "Use NAME_ASC.") }
        scalar DateTime
        scalar JSON
        scalar Decimal
        scalar Long
        directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
        """;

    [Fact]
    public async Task GraphqlJs_BuildsAClientSchema_FromOurIntrospection()
    {
        var query = await GraphqlJs.RunAsync("query");
        var response = await Execute(Build(Sdl), query);

        var printed = await GraphqlJs.RunAsync("build", response);

        // graphql-js prints what it understood: the SDL must round-trip every option.
        Snapshot.Match(printed);
        Assert.Contains("input SearchBy @oneOf {", printed, StringComparison.Ordinal);
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", printed, StringComparison.Ordinal);
        Assert.Contains("directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT", printed, StringComparison.Ordinal);
        Assert.Contains("legacy: Int @deprecated(reason: \"Gone.\")", printed, StringComparison.Ordinal);
    }
}
