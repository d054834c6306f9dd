using Platform.Model.Values;

namespace Platform.Model.Tests.Values;

public sealed class PlainValueTests
{
    [Fact]
    public void From_NormalisesClrValues()
    {
        Assert.Equal(3L, PlainValue.From(3));
        Assert.Equal(1.5, PlainValue.From(1.5f));
        Assert.Equal(ValueList.Empty, PlainValue.From(new List<int>()));
        Assert.Equal(ValueMap.Of(("a", 1L)), PlainValue.From(new Dictionary<string, int> { ["a"] = 1 }));
    }

    [Fact]
    public void From_UnsupportedType_Throws() =>
        Assert.Throws<ArgumentException>(() => PlainValue.From(new object()));

    [Fact]
    public void AreEqual_ComparesNumbersByValue()
    {
        Assert.True(PlainValue.AreEqual(1L, 1.0));
        Assert.True(PlainValue.AreEqual(2.5m, 2.5));
        Assert.False(PlainValue.AreEqual(1L, "1"));
        Assert.Equal(PlainValue.GetHashCode(1L), PlainValue.GetHashCode(1.0));
    }

    [Fact]
    public void ValueMap_EqualityIgnoresKeyOrder_ButKeepsIt()
    {
        var a = ValueMap.Of(("x", 1), ("y", new[] { "p", "q" }));
        var b = ValueMap.Of(("y", new[] { "p", "q" }), ("x", 1L));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(["x", "y"], a.Keys);
        Assert.NotEqual(a, ValueMap.Of(("x", 1)));
    }

    [Fact]
    public void Describe_RendersJsonLike() =>
        Assert.Equal("{a: [1, \"two\", null, true]}", PlainValue.Describe(ValueMap.Of(("a", new object?[] { 1, "two", null, true }))));
}
