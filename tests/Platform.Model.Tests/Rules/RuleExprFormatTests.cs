using Platform.Model.Rules;
using Platform.Model.Values;

namespace Platform.Model.Tests.Rules;

public sealed class RuleExprFormatTests
{
    private static readonly ValueMap Sample = ValueMap.Of(
        ("and", new object?[]
        {
            ValueMap.Of(("field", "entity.total"), ("op", "gte"), ("value", 100)),
            ValueMap.Of(("or", new object?[]
            {
                ValueMap.Of(("field", "actor.roles"), ("op", "contains"), ("value", "admin")),
                ValueMap.Of(("not", ValueMap.Of(("field", "entity.flags"), ("op", "empty")))),
            })),
            ValueMap.Of(("field", "entity.paid"), ("op", "lte"), ("value", ValueMap.Of(("ref", "entity.total")))),
            ValueMap.Of(("ref", "return-window")),
            ValueMap.Of(("template", "min-total"), ("params", ValueMap.Of(("amount", 5)))),
        }));

    [Fact]
    public void FromPlain_SeedShape_BuildsTheTree()
    {
        var rule = RuleExprFormat.FromPlain(Sample);

        var and = Assert.IsType<AndRule>(rule);
        Assert.Equal(5, and.Rules.Count);
        Assert.Equal(new LeafRule("entity.total", RuleOp.Gte, 100L), and.Rules[0]);
        var or = Assert.IsType<OrRule>(and.Rules[1]);
        Assert.Equal(new NotRule(new LeafRule("entity.flags", RuleOp.Empty)), or.Rules[1]);
        Assert.Equal(new LeafRule("entity.paid", RuleOp.Lte, new ValueRef("entity.total")), and.Rules[2]);
        Assert.Equal(new RefRule("return-window"), and.Rules[3]);
        Assert.Equal(new TemplateRule("min-total", ValueMap.Of(("amount", 5L))), and.Rules[4]);
    }

    [Fact]
    public void ToPlain_RoundTrips()
    {
        var rule = RuleExprFormat.FromPlain(Sample);

        var written = RuleExprFormat.ToPlain(rule);

        Assert.Equal(Sample, written);
        Assert.Equal(rule, RuleExprFormat.FromPlain(written));
    }

    [Fact]
    public void FromPlain_ParamPlaceholder_BecomesParamRef()
    {
        var rule = RuleExprFormat.FromPlain(ValueMap.Of(("field", "entity.total"), ("op", "gte"), ("value", ValueMap.Of(("param", "amount")))));

        Assert.Equal(new LeafRule("entity.total", RuleOp.Gte, new ParamRef("amount")), rule);
    }

    [Fact]
    public void FromPlain_UnknownOperator_NamesPathAndKnownOperators()
    {
        var node = ValueMap.Of(("and", new object?[] { ValueMap.Of(("field", "a"), ("op", "eqq"), ("value", 1)) }));

        var error = Assert.Throws<RuleFormatException>(() => RuleExprFormat.FromPlain(node));

        Assert.Equal("$.and[0].op", error.Path);
        Assert.Contains("unknown operator 'eqq'", error.Message, StringComparison.Ordinal);
        Assert.Contains("containsAll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPlain_MissingValue_IsAnError_ExceptForUnaryOperators()
    {
        Assert.Throws<RuleFormatException>(() => RuleExprFormat.FromPlain(ValueMap.Of(("field", "a"), ("op", "eq"))));
        Assert.IsType<LeafRule>(RuleExprFormat.FromPlain(ValueMap.Of(("field", "a"), ("op", "exists"))));
    }

    [Theory]
    [InlineData("not an object")]
    [InlineData(42)]
    public void FromPlain_NotAnObject_IsAnError(object node)
    {
        var error = Assert.Throws<RuleFormatException>(() => RuleExprFormat.FromPlain(node));

        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void FromPlain_UnexpectedKey_IsNamed()
    {
        var error = Assert.Throws<RuleFormatException>(() => RuleExprFormat.FromPlain(ValueMap.Of(("and", Array.Empty<object>()), ("or", Array.Empty<object>()))));

        Assert.Contains("'or'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPlain_NoKnownKey_SaysWhichKeysMakeARule()
    {
        var error = Assert.Throws<RuleFormatException>(() => RuleExprFormat.FromPlain(ValueMap.Of(("fields", "a"))));

        Assert.Contains("'field', 'and', 'or', 'not', 'ref' or 'template'", error.Message, StringComparison.Ordinal);
    }
}
