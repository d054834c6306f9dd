using Platform.GraphQL.Errors;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Tests.Language;

/// <summary>The type system language (spec § 3).</summary>
public sealed class SchemaParserTests
{
    private static T ParseSingle<T>(string text)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(text).Definitions));

    [Fact]
    public void SimpleType_WithDescriptionAndNonNullField()
    {
        var type = ParseSingle<ObjectTypeDefinitionNode>("\"The hello\" type Hello { world: String! }");

        Assert.Equal(("Hello", "The hello", false), (type.Name.Value, type.Description!.Value, type.Description.Block));
        var field = Assert.Single(type.Fields);
        Assert.Equal("String", ((NamedTypeNode)((NonNullTypeNode)field.Type).Type).Name.Value);
    }

    [Fact]
    public void ImplementsInterfaces_WithLeadingAmpersand()
    {
        var type = ParseSingle<ObjectTypeDefinitionNode>("type Hello implements & Wo & rld { field: String }");

        Assert.Equal(["Wo", "rld"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void InterfaceImplementingInterface()
    {
        var type = ParseSingle<InterfaceTypeDefinitionNode>("interface Node implements Entity & Named { id: ID! }");

        Assert.Equal(["Entity", "Named"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void FieldWithArgumentsAndDefaults()
    {
        var field = Assert.Single(ParseSingle<ObjectTypeDefinitionNode>("type Hello { world(flag: Boolean = false, list: [Int] = [1, 2] @deprecated): String }").Fields);

        Assert.Equal(["flag", "list"], field.Arguments.Select(a => a.Name.Value));
        Assert.IsType<BooleanValueNode>(field.Arguments[0].DefaultValue);
        Assert.Equal("deprecated", field.Arguments[1].Directives[0].Name.Value);
    }

    [Fact]
    public void UnionWithLeadingPipe_EnumInputAndScalar()
    {
        var document = Parser.Parse("union U = | A | B enum E { ONE TWO } input I @oneOf { a: Int b: String } scalar Date @specifiedBy(url: \"https://example.com\")");

        Assert.Equal(["A", "B"], ((UnionTypeDefinitionNode)document.Definitions[0]).Types.Select(t => t.Name.Value));
        Assert.Equal(["ONE", "TWO"], ((EnumTypeDefinitionNode)document.Definitions[1]).Values.Select(v => v.Name.Value));
        Assert.Equal("oneOf", ((InputObjectTypeDefinitionNode)document.Definitions[2]).Directives[0].Name.Value);
        Assert.Equal("specifiedBy", ((ScalarTypeDefinitionNode)document.Definitions[3]).Directives[0].Name.Value);
    }

    [Fact]
    public void DirectiveDefinition_Repeatable()
    {
        var directive = ParseSingle<DirectiveDefinitionNode>("directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION");

        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void SchemaDefinitionAndExtensions()
    {
        var document = Parser.Parse("schema { query: Q mutation: M } extend schema @a extend type Q { more: Int } extend scalar S @b extend union U = C extend enum E { THREE } extend input I { c: Int } extend interface N @c");

        Assert.Equal(
            [typeof(SchemaDefinitionNode), typeof(SchemaExtensionNode), typeof(ObjectTypeExtensionNode), typeof(ScalarTypeExtensionNode), typeof(UnionTypeExtensionNode), typeof(EnumTypeExtensionNode), typeof(InputObjectTypeExtensionNode), typeof(InterfaceTypeExtensionNode)],
            document.Definitions.Select(d => d.GetType()));
    }

    [Theory]
    [InlineData("extend type Hello", "Unexpected <EOF>.", 1, 18)]
    [InlineData("extend scalar Hello", "Unexpected <EOF>.", 1, 20)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend fragment x", "Unexpected Name \"fragment\".", 1, 8)]
    [InlineData("type Hello { world }", "Expected \":\", found \"}\".", 1, 20)]
    [InlineData("type Hello { world(foo: Int): }", "Expected Name, found \"}\".", 1, 31)]
    [InlineData("union Hello = | | Wo | Rld", "Expected Name, found \"|\".", 1, 17)]
    [InlineData("enum Hello { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum Hello { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("directive @foo on FIELD | INCORRECT_LOCATION", "Unexpected Name \"INCORRECT_LOCATION\".", 1, 27)]
    [InlineData("input Hello { world(foo: Int): String }", "Expected \":\", found \"(\".", 1, 20)]
    [InlineData("type Hello { field(arg: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 31)]
    [InlineData("type Hello implements & { f: Int }", "Expected Name, found \"{\".", 1, 25)]
    [InlineData("\"desc\" extend type X { a: Int }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    public void ReportsUsefulErrors(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));

        Assert.Equal(("Syntax Error: " + message, new SourceLocation(line, column)), (error.Message, error.Location));
    }

    [Fact]
    public void ParsesTheSchemaKitchenSink()
    {
        var document = Parser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "schema-kitchen-sink.graphql")));

        Assert.Equal(38, document.Definitions.Count);
    }
}
