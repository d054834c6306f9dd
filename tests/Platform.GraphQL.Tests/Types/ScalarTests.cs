using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Types.Scalars;

namespace Platform.GraphQL.Tests.Types;

public sealed class ScalarTests
{
    private static string Fails(Action action) => Assert.Throws<ScalarCoercionException>(action).Message;

    [Fact]
    public void Int_SerializesIntegralNumbersInRange()
    {
        Assert.Equal(1, BuiltInScalars.Int.Serialize(1L));
        Assert.Equal(-1, BuiltInScalars.Int.Serialize(-1.0));
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal("Int cannot represent non-integer value: 0.1", Fails(() => BuiltInScalars.Int.Serialize(0.1)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", Fails(() => BuiltInScalars.Int.Serialize(2147483648L)));
        Assert.Equal("Int cannot represent non-integer value: \"one\"", Fails(() => BuiltInScalars.Int.Serialize("one")));
    }

    [Fact]
    public void Int_InputAndLiterals()
    {
        Assert.Equal(42, BuiltInScalars.Int.ParseValue(JsonDocument.Parse("42").RootElement));
        Assert.Equal("Int cannot represent non-integer value: \"42\"", Fails(() => BuiltInScalars.Int.ParseValue("42")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 4294967296", Fails(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("4294967296"))));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Fails(() => BuiltInScalars.Int.ParseLiteral(Parser.ParseValue("1.5"))));
    }

    [Fact]
    public void Float_RejectsNonFiniteValues()
    {
        Assert.Equal(2.5, BuiltInScalars.Float.Serialize(2.5m));
        Assert.Equal("Float cannot represent non numeric value: NaN", Fails(() => BuiltInScalars.Float.Serialize(double.NaN)));
        Assert.Equal("Float cannot represent non numeric value: Infinity", Fails(() => BuiltInScalars.Float.ParseValue(double.PositiveInfinity)));
        Assert.Equal(1.0, BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("1")));
    }

    [Fact]
    public void ID_AcceptsStringsAndIntegers()
    {
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(4L));
        Assert.Equal("4", BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("4")));
        Assert.Equal("abc", BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("\"abc\"")));
        Assert.Equal("ID cannot represent value: 1.5", Fails(() => BuiltInScalars.ID.ParseValue(1.5)));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", Fails(() => BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("1.5"))));
    }

    [Fact]
    public void StringAndBoolean_AreStrictOnInput()
    {
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("String cannot represent a non string value: 1", Fails(() => BuiltInScalars.String.ParseValue(1L)));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Fails(() => BuiltInScalars.Boolean.ParseValue(1L)));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Fails(() => BuiltInScalars.Boolean.ParseLiteral(Parser.ParseValue("\"true\""))));
    }

    [Fact]
    public void PlatformScalars_DateTimeJsonLongDecimal()
    {
        Assert.Equal("2026-01-31T11:00:00.000Z", PlatformScalars.DateTime.Serialize(new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero), PlatformScalars.DateTime.ParseValue("2026-01-31T12:00:00Z"));
        Assert.Contains("expected an ISO-8601 date and time with offset", Fails(() => PlatformScalars.DateTime.ParseValue("2026-01-31")), StringComparison.Ordinal);
        Assert.Equal(9007199254740993L, PlatformScalars.Long.ParseLiteral(Parser.ParseValue("9007199254740993")));
        Assert.Equal("12.50", PlatformScalars.Decimal.Serialize(12.50m));
        Assert.Equal(0.1m, PlatformScalars.Decimal.ParseLiteral(Parser.ParseValue("\"0.1\"")));
        Assert.Equal("{\"a\":[1,\"x\"]}", JsonSerializer.Serialize(PlatformScalars.Json.ParseLiteral(Parser.ParseValue("{a: [1, \"x\"]}"))));
    }
}
