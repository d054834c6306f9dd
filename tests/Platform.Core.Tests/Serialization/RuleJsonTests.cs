using Platform.Core.Serialization;
using Platform.Model.Rules;
using Platform.Model.Values;

namespace Platform.Core.Tests.Serialization;

public sealed class RuleJsonTests
{
    [Fact]
    public void Parse_SeedShape_AndSerialize_RoundTrip()
    {
        const string json = """{"and":[{"field":"entity.total","op":"gte","value":100},{"not":{"field":"actor.roles","op":"contains","value":"guest"}},{"field":"entity.paid","op":"lte","value":{"ref":"entity.total"}},{"ref":"return-window"},{"template":"min","params":{"amount":2.5}}]}""";

        var rule = RuleJson.Parse(json);

        Assert.Equal(new LeafRule("entity.total", RuleOp.Gte, 100L), ((AndRule)rule).Rules[0]);
        Assert.Equal(new TemplateRule("min", ValueMap.Of(("amount", 2.5))), ((AndRule)rule).Rules[4]);
        Assert.Equal(json, RuleJson.Serialize(rule));
    }

    [Fact]
    public void Parse_InvalidJson_IsARuleFormatError()
    {
        var error = Assert.Throws<RuleFormatException>(() => RuleJson.Parse("{\"field\": "));

        Assert.Equal("$", error.Path);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainJson_KeepsDecimalPrecision()
    {
        Assert.Equal(12.345678901234567890123m, PlainJson.Parse("12.345678901234567890123"));
        Assert.Equal(0.5, PlainJson.Parse("0.5"));
        Assert.Equal(9007199254740993L, PlainJson.Parse("9007199254740993"));
    }
}
