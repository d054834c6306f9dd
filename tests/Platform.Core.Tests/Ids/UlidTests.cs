using Platform.Core.Ids;
using Platform.TestKit;

namespace Platform.Core.Tests.Ids;

public sealed class UlidTests
{
    [Fact]
    public void ToString_IsCrockfordBase32_AndParsesBack()
    {
        var ulid = Ulid.NewUlid();

        var text = ulid.ToString();

        Assert.Equal(26, text.Length);
        Assert.Matches("^[0-7][0-9A-HJKMNP-TV-Z]{25}$", text);
        Assert.Equal(ulid, Ulid.Parse(text));
    }

    [Fact]
    public void FromParts_KnownVector_EncodesAsSpecified()
    {
        // ULID spec: timestamp 1469918176385 encodes as 01ARYZ6S41; all-zero randomness as zeros.
        var ulid = Ulid.FromParts(1469918176385, new byte[10]);

        Assert.Equal("01ARYZ6S410000000000000000", ulid.ToString());
        Assert.Equal(1469918176385, ulid.UnixMilliseconds);
    }

    [Fact]
    public void MaxValue_RoundTrips_AndOverflowIsRejected()
    {
        var max = Ulid.Parse("7ZZZZZZZZZZZZZZZZZZZZZZZZZ");

        Assert.Equal("7ZZZZZZZZZZZZZZZZZZZZZZZZZ", max.ToString());
        var error = Assert.Throws<FormatException>(() => Ulid.Parse("8ZZZZZZZZZZZZZZZZZZZZZZZZZ"));
        Assert.Contains("first character", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5FA", "expected 26 characters")]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5FAU", "'U' at position 26")]
    [InlineData("01ARZ3NDEKTSV4RRFFQ69G5F!V", "'!' at position 25")]
    public void Parse_Malformed_SaysWhy(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => Ulid.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IsCaseInsensitive_AndAcceptsCrockfordAliases()
    {
        var canonical = Ulid.Parse("01ARZ3NDEKTSV4RRFFQ69G5FAV");

        Assert.Equal(canonical, Ulid.Parse("01arz3ndektsv4rrffq69g5fav"));
        Assert.Equal(Ulid.Parse("0111111111111111111111111O".Replace('O', '0')), Ulid.Parse("0IL1111111111111111111111O"));
    }

    [Fact]
    public void Generator_WithinOneMillisecond_IsStrictlyMonotonic()
    {
        var clock = new ManualTimeProvider();
        var generator = new UlidGenerator(clock);

        var ids = Enumerable.Range(0, 10_000).Select(_ => generator.Next()).ToList();

        Assert.All(ids, id => Assert.Equal(clock.GetUtcNow(), id.Timestamp));
        for (var i = 1; i < ids.Count; i++)
        {
            Assert.True(ids[i] > ids[i - 1]);
            Assert.True(string.CompareOrdinal(ids[i].ToString(), ids[i - 1].ToString()) > 0);
        }
    }

    [Fact]
    public void Generator_ClockGoingBackwards_StillIncreases()
    {
        var clock = new ManualTimeProvider();
        var generator = new UlidGenerator(clock);
        var first = generator.Next();

        clock.Advance(TimeSpan.FromSeconds(-5));
        var second = generator.Next();

        Assert.True(second > first);
    }

    [Fact]
    public async Task Generator_AcrossThreads_NeverRepeats()
    {
        var generator = new UlidGenerator();

        var batches = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Enumerable.Range(0, 20_000).Select(_ => generator.Next()).ToList())));

        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(batches, batch => Assert.Equal(batch.OrderBy(u => u), batch));
    }
}
