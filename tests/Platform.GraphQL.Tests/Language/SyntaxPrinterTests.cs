using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Utilities;
using Platform.TestKit;

namespace Platform.GraphQL.Tests.Language;

public sealed class SyntaxPrinterTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", name));

    [Theory]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("schema-kitchen-sink.graphql")]
    public void PrintedDocument_ReparsesToAnEqualTree_AndPrintingIsStable(string file)
    {
        var document = Parser.Parse(Read(file));

        var printed = SyntaxPrinter.Print(document);
        var reparsed = Parser.Parse(printed);

        Assert.True(SyntaxEquality.AreEqual(document, reparsed), "re-parsed tree differs");
        Assert.Equal(printed, SyntaxPrinter.Print(reparsed));
    }

    [Fact]
    public void KitchenSink_PrintsAsGraphqlJsLaysItOut() =>
        Snapshot.Match(SyntaxPrinter.Print(Parser.Parse(Read("kitchen-sink.graphql"))));

    [Fact]
    public void SchemaKitchenSink_PrintsAsGraphqlJsLaysItOut() =>
        Snapshot.Match(SyntaxPrinter.Print(Parser.Parse(Read("schema-kitchen-sink.graphql"))));

    [Fact]
    public void AnonymousQuery_PrintsAsBareSelectionSet() =>
        Assert.Equal("{\n  a\n}", SyntaxPrinter.Print(Parser.Parse("query { a }")));

    [Fact]
    public void NamedQuery_KeepsItsKeyword() =>
        Assert.Equal("query Q($a: Int = 1) @d {\n  a\n}", SyntaxPrinter.Print(Parser.Parse("query Q($a:Int=1)@d{a}")));

    [Fact]
    public void LongArgumentLists_WrapAtEightyColumns()
    {
        var printed = SyntaxPrinter.Print(Parser.Parse("{ trip(wheelchair: false, arriveBy: false, includePlannedCancellations: true, transitDistanceReluctance: 2000) { dateTime } }"));

        Assert.Equal("{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}", printed);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\ slash", "\"quote \\\" and \\\\ slash\"")]
    [InlineData("line\nbreak\ttab", "\"line\\nbreak\\ttab\"")]
    [InlineData("\u0007bell", "\"\\u0007bell\"")]
    [InlineData("unicode \u00E9 \U0001F600", "\"unicode \u00E9 \U0001F600\"")]
    public void Strings_AreEscapedLikeGraphqlJs(string value, string printed) =>
        Assert.Equal(printed, SyntaxPrinter.Print(new StringValueNode(value, false)));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("first\nsecond", "\"\"\"\nfirst\nsecond\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    public void BlockStrings_PrintAndReparseToTheSameValue(string value, string printed)
    {
        var text = BlockStrings.Print(value);

        Assert.Equal(printed, text);
        Assert.Equal(value, ((StringValueNode)Parser.ParseValue(text)).Value);
    }
}
