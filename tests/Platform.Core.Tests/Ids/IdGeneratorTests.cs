using Platform.Core.Ids;

namespace Platform.Core.Tests.Ids;

public sealed class IdGeneratorTests
{
    [Fact]
    public void GenerateFor_RegisteredEntity_UsesItsPrefix()
    {
        var registry = new IdPrefixRegistry();
        registry.Register("catalog.Item", "item");
        var ids = new IdGenerator(registry);

        var id = ids.GenerateFor("catalog.Item");

        Assert.StartsWith("item_", id, StringComparison.Ordinal);
        Assert.True(IdGenerator.IsValid(id));
        Assert.Equal("item", IdGenerator.PrefixOf(id));
        Assert.Equal("catalog.Item", registry.EntityOf("item"));
    }

    [Fact]
    public void GenerateFor_UnregisteredEntity_IsAPlainUlid()
    {
        var id = new IdGenerator(new IdPrefixRegistry()).GenerateFor("x.Thing");

        Assert.True(Ulid.TryParse(id, out _));
        Assert.Null(IdGenerator.PrefixOf(id));
    }

    [Fact]
    public void ExtractTimestamp_ReadsTheUlidTime()
    {
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);
        var id = new IdGenerator(new IdPrefixRegistry()).WithPrefix("ord");

        var timestamp = IdGenerator.ExtractTimestamp(id);

        Assert.InRange(timestamp, before, DateTimeOffset.UtcNow.AddMilliseconds(1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("item_")]
    [InlineData("_01ARZ3NDEKTSV4RRFFQ69G5FAV")]
    [InlineData("Item_01ARZ3NDEKTSV4RRFFQ69G5FAV")]
    [InlineData("item_01ARZ3NDEKTSV4RRFFQ69G5FA")]
    public void IsValid_Malformed_IsFalse(string? id)
    {
        Assert.False(IdGenerator.IsValid(id));
        if (id is not null)
        {
            Assert.Throws<FormatException>(() => IdGenerator.ExtractTimestamp(id));
        }
    }

    [Fact]
    public void Register_PrefixOfAnotherEntity_IsRejectedNamingTheOwner()
    {
        var registry = new IdPrefixRegistry();
        registry.Register("catalog.Item", "item");

        var error = Assert.Throws<ArgumentException>(() => registry.Register("inventory.Item", "item"));

        Assert.Contains("catalog.Item", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Item")]
    [InlineData("9lives")]
    [InlineData("has_underscore")]
    [InlineData("")]
    public void Register_MalformedPrefix_IsRejected(string prefix) =>
        Assert.Throws<ArgumentException>(() => new IdPrefixRegistry().Register("x.Y", prefix));

    [Fact]
    public void Register_SecondPrefixForEntity_IsRejected_UntilUnregistered()
    {
        var registry = new IdPrefixRegistry();
        registry.Register("catalog.Item", "item");

        Assert.Throws<ArgumentException>(() => registry.Register("catalog.Item", "itm"));
        registry.Unregister("catalog.Item");
        registry.Register("catalog.Item", "itm");
        Assert.Equal("itm", registry.PrefixOf("catalog.Item"));
        Assert.Null(registry.EntityOf("item"));
    }
}
