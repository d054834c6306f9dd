using Platform.Core.Repositories;
using Platform.Model.Values;

namespace Platform.Core.Tests.Repositories;

public sealed class FieldDictionaryTests
{
    private static readonly FieldLayout Layout = new(["name", "attributes", "tags"]);

    [Fact]
    public void JsonText_IsReadAsItsPlainValue()
    {
        var fields = new FieldDictionary(Layout, ["Chair", new JsonText("""{"color":"red","legs":4}"""), new JsonText("[]")]);

        var attributes = Assert.IsType<ValueMap>(fields["attributes"]);
        Assert.Equal("red", attributes["color"]);
        Assert.Equal(4L, attributes["legs"]);
        Assert.Same(ValueList.Empty, fields["tags"]);
        Assert.Same(attributes, fields["attributes"]); // parsed once, then kept
    }

    [Fact]
    public void Enumeration_YieldsParsedValuesInLayoutOrder()
    {
        var fields = new FieldDictionary(Layout, ["Chair", new JsonText("{}"), null]);

        Assert.Equal(["name", "attributes", "tags"], fields.Select(e => e.Key));
        Assert.Equal(["Chair", ValueMap.Empty, null], fields.Values);
        Assert.Equal(3, fields.Count);
    }

    [Fact]
    public void UnknownKeys_AreAbsent()
    {
        var fields = new FieldDictionary(Layout, ["Chair", null, null]);

        Assert.False(fields.ContainsKey("price"));
        Assert.False(fields.TryGetValue("price", out _));
        Assert.Throws<KeyNotFoundException>(() => fields["price"]);
        Assert.True(fields.TryGetValue("tags", out var tags));
        Assert.Null(tags);
    }

    [Fact]
    public void ValuesMustMatchTheLayout() =>
        Assert.Throws<ArgumentException>(() => new FieldDictionary(Layout, ["Chair"]));
}
