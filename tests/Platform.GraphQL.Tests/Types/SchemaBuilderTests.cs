using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.GraphQLHarness;

namespace Platform.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private static IReadOnlyList<string> Errors(Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder();
        configure(builder);
        return Assert.Throws<GraphQLSchemaException>(() => builder.Build()).Errors.Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void MergesModuleDocuments_WithExtendType()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { ping: String } scalar DateTime")
            .AddTypeDefinitions("extend type Query { items: [Item!]! } type Item { id: ID! createdAt: DateTime }")
            .AddTypeDefinitions("extend type Query { categories: [String] } extend type Item implements Node { name: String } interface Node { id: ID! }")
            .Build();

        Assert.Equal(["ping", "items", "categories"], schema.Query!.Fields.Keys);
        var item = (ObjectType)schema.GetType("Item")!;
        Assert.Equal(["id", "createdAt", "name"], item.Fields.Keys);
        Assert.Equal("Node", Assert.Single(item.Interfaces).Name);
        Assert.Equal("Item", Assert.Single(schema.GetPossibleTypes(schema.GetType("Node")!)).Name);
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", ((ScalarType)schema.GetType("DateTime")!).SpecifiedByUrl);
    }

    [Fact]
    public void ConflictingDefinitions_AreAllReported_WithLocations()
    {
        var errors = Errors(b => b
            .AddTypeDefinitions("type Query { a: String } type Item { id: ID }")
            .AddTypeDefinitions("type Item { other: ID } extend type Query { a: Int } extend type Missing { x: Int } extend interface Query { y: Int }"));

        Assert.Equal(
            [
                "There can be only one type named \"Item\". (1:31)",
                "Cannot extend non-interface type \"Query\". (1:1)",
                "Cannot extend type \"Missing\" because it is not defined. (1:66)",
                "Field \"Query.a\" can only be defined once. (1:14)",
            ],
            errors);
    }

    [Fact]
    public void UnknownTypes_SuggestCloseNames()
    {
        var errors = Errors(b => b.AddTypeDefinitions("type Query { item: Itme } type Item { id: ID }"));

        Assert.Equal(["Unknown type \"Itme\". Did you mean \"Item\"? (1:20)"], errors);
    }

    [Fact]
    public void ResolverForAnUndefinedField_IsAnError()
    {
        var errors = Errors(b => b.AddTypeDefinitions("type Query { a: String }").AddResolver("Query", "b", _ => ValueTask.FromResult<object?>(null)));

        Assert.Equal(["A resolver is bound to \"Query.b\", which the schema does not define."], errors);
    }

    [Fact]
    public void SchemaRules_NameTheOffendingTypeAndField()
    {
        var errors = Errors(b => b.AddTypeDefinitions("""
            type Query { node: Node, search: SearchResult, bad(arg: Query): String }
            interface Node { id: ID!, name(full: Boolean): String }
            type Item implements Node { id: String, name: String }
            union SearchResult = Item | Node
            enum Empty
            input Loop { next: Loop! }
            input Choice @oneOf { a: Int!, b: String = "x" }
            type __Reserved { x: Int }
            """));

        Assert.Equal(
            [
                "The type of Query.bad(arg:) must be Input Type but got: Query. (1:57)",
                "Interface field Node.id expects type ID! but Item.id is type String. (2:22)",
                "Interface field argument Node.name(full:) expected but Item.name does not provide it. (2:32)",
                "Union type SearchResult can only include Object types, it cannot include Node. (4:29)",
                "Enum type Empty must define one or more values. (5:1)",
                "Cannot reference Input Object \"Loop\" within itself through a series of non-null fields: \"next\". (6:14)",
                "OneOf input field Choice.a must be nullable. (7:26)",
                "OneOf input field Choice.b cannot have a default value. (7:32)",
                "Name \"__Reserved\" must not begin with \"__\", which is reserved by GraphQL introspection. (8:1)",
            ],
            errors);
    }

    [Fact]
    public void InterfaceFieldsAreCovariant_AndTransitiveInterfacesRequired()
    {
        Build("type Query { n: Named } interface Named { self: Named } type Person implements Named { self: Person! }");

        var errors = Errors(b => b.AddTypeDefinitions("type Query { a: A } interface Root { id: ID } interface Mid implements Root { id: ID } type A implements Mid { id: ID }"));

        Assert.Equal(["Type A must implement Root because it is implemented by Mid. (1:88)"], errors);
    }

    [Fact]
    public void MissingQueryRoot_IsAnError() =>
        Assert.Equal(["Query root type must be provided."], Errors(b => b.AddTypeDefinitions("type Mutation { a: Int }")));

    [Fact]
    public void SchemaDefinition_NamesTheRootTypes()
    {
        var schema = Build("schema { query: Root mutation: Writes } type Root { a: Int } type Writes { b: Int }");

        Assert.Equal(("Root", "Writes"), (schema.Query!.Name, schema.Mutation!.Name));
        Assert.Null(schema.Subscription);
    }

    [Fact]
    public void DeprecatedAndOneOf_AreRead()
    {
        var schema = Build("type Query { old: String @deprecated, older: String @deprecated(reason: \"Use new.\") } input By @oneOf { id: ID, name: String } enum E { A @deprecated B }");

        Assert.Equal(["No longer supported", "Use new."], schema.Query!.Fields.Values.Select(f => f.DeprecationReason));
        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
        Assert.NotNull(((EnumType)schema.GetType("E")!).Values["A"].DeprecationReason);
    }

    [Fact]
    public void SdlWithOperations_IsRefused() =>
        Assert.Equal(["An SDL document cannot contain operations or fragments. (1:23)"], Errors(b => b.AddTypeDefinitions("type Query { a: Int } query { a }")));
}
