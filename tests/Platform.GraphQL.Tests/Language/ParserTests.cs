using Platform.GraphQL.Errors;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Parser cases from the spec's grammar; messages and locations as graphql-js 16 reports them.</summary>
public sealed class ParserTests
{
    private static void ExpectSyntaxError(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
        Assert.Equal(ErrorCodes.ParseFailed, error.Errors[0].Code);
    }

    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("\n{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 3, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ f(a: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("query Foo($a: Int = $b) { f }", "Unexpected variable \"$b\" in constant value.", 1, 21)]
    [InlineData("query ($a: Int = $) { f }", "Unexpected \")\".", 1, 19)]
    [InlineData("\"Description\" query { f }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("{ f(a: 1, b: ) }", "Unexpected \")\".", 1, 14)]
    [InlineData("{ f @ }", "Expected Name, found \"}\".", 1, 7)]
    public void ReportsUsefulErrors(string text, string message, int line, int column) =>
        ExpectSyntaxError(text, message, line, column);

    [Fact]
    public void ParsesVariableInlineValues() =>
        Parser.Parse("{ field(complex: { a: { b: [ $var ] } }) }");

    [Fact]
    public void ParsesConstantDefaultValues()
    {
        var document = Parser.Parse("query Foo($x: Complex = { a: { b: [ \"x\", 1, 2.5, true, null, ENUM ] } }) { field }");

        var variable = Assert.Single(((OperationDefinitionNode)document.Definitions[0]).VariableDefinitions);
        Assert.IsType<ObjectValueNode>(variable.DefaultValue);
    }

    [Fact]
    public void ParsesVariableDefinitionDirectives()
    {
        var document = Parser.Parse("query Foo($x: Boolean = false @bar) { field }");

        var variable = Assert.Single(((OperationDefinitionNode)document.Definitions[0]).VariableDefinitions);
        Assert.Equal("bar", Assert.Single(variable.Directives).Name.Value);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("fragment")]
    [InlineData("query")]
    [InlineData("mutation")]
    [InlineData("subscription")]
    [InlineData("true")]
    [InlineData("false")]
    public void AllowsKeywordsAsNames(string keyword) =>
        Parser.Parse($"query {keyword} {{ ... {(keyword == "on" ? "a" : keyword)} ... on {keyword} {{ field }} }} fragment {(keyword == "on" ? "a" : keyword)} on Type {{ {keyword}({keyword}: ${keyword}) @{keyword}({keyword}: {keyword}) }}");

    [Fact]
    public void ParsesAnonymousQuery_WithLocations()
    {
        var document = Parser.Parse("{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Equal(new Location(0, 40, 1, 1), operation.Location);
        var node = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new Location(4, 38, 2, 3), node.Location);
        var argument = Assert.Single(node.Arguments);
        Assert.Equal(("id", "4"), (argument.Name.Value, ((IntValueNode)argument.Value).Value));
        Assert.Equal(new Location(9, 14, 2, 8), argument.Location);
        Assert.Equal(["id", "name"], node.SelectionSet!.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void ParsesAliasesFragmentsAndDirectives()
    {
        var document = Parser.Parse("query Q @q { a: b(x: 1) @f ...Frag @s ... on T @i { c } ... { d } } fragment Frag on T @d { e }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var selections = operation.SelectionSet.Selections;
        var field = Assert.IsType<FieldNode>(selections[0]);
        Assert.Equal(("a", "b", "f"), (field.Alias!.Value, field.Name.Value, field.Directives[0].Name.Value));
        Assert.Equal("Frag", Assert.IsType<FragmentSpreadNode>(selections[1]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("Frag", "T", "d"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Fact]
    public void ParsesMutationsAndSubscriptions()
    {
        var document = Parser.Parse("mutation M { a } subscription S { b }");

        Assert.Equal([OperationType.Mutation, OperationType.Subscription], document.Definitions.Cast<OperationDefinitionNode>().Select(o => o.Operation));
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("String!", "String!")]
    [InlineData("[String]", "[String]")]
    [InlineData("[String!]!", "[String!]!")]
    [InlineData("[[Int]!]", "[[Int]!]")]
    public void ParsesTypeReferences(string text, string printed) =>
        Assert.Equal(printed, SyntaxPrinter.Print(Parser.ParseType(text)));

    [Theory]
    [InlineData("[123 \"abc\"]", "[123, \"abc\"]")]
    [InlineData("{a: 1, b: [true]}", "{a: 1, b: [true]}")]
    [InlineData("\"\"\"long\"\"\"", "\"\"\"long\"\"\"")]
    [InlineData("$var", "$var")]
    [InlineData("null", "null")]
    public void ParsesValues(string text, string printed) =>
        Assert.Equal(printed, SyntaxPrinter.Print(Parser.ParseValue(text)));

    [Fact]
    public void ParseConstValue_RejectsVariables()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[$var]"));

        Assert.Equal("Syntax Error: Unexpected variable \"$var\" in constant value.", error.Message);
    }

    [Fact]
    public void DeeplyNestedSelections_AreASyntaxError_NotAStackOverflow()
    {
        var text = "{ " + string.Concat(Enumerable.Repeat("f { ", 100_000)) + "a" + string.Concat(Enumerable.Repeat(" }", 100_001));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 256.", error.Message);
    }

    [Theory]
    [InlineData("{ f(a: LIST) }", "[", "]")]
    [InlineData("{ f(a: LIST) }", "{x: ", "}")]
    [InlineData("query ($v: LIST) { f }", "[", "]")]
    public void DeeplyNestedValuesAndTypes_AreASyntaxError_NotAStackOverflow(string template, string open, string close)
    {
        var nested = string.Concat(Enumerable.Repeat(open, 50_000)) + (template.Contains("$v", StringComparison.Ordinal) ? "Int" : "1") + string.Concat(Enumerable.Repeat(close, 50_000));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(template.Replace("LIST", nested, StringComparison.Ordinal)));

        Assert.Contains("maximum nesting depth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingWithinTheLimit_Parses()
    {
        var text = "{ " + string.Concat(Enumerable.Repeat("f { ", 255)) + "a" + string.Concat(Enumerable.Repeat(" }", 256));

        Assert.Single(Parser.Parse(text).Definitions);
    }

    [Fact]
    public void MaxTokens_LimitsTheDocument()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Parser.Parse("{ a b c }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", options));

        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void ParsesTheKitchenSink()
    {
        var document = Parser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "kitchen-sink.graphql")));

        Assert.Equal(5, document.Definitions.Count);
    }
}
