using System.Globalization;
using Platform.Core.Errors;
using Platform.Core.Primitives;

namespace Platform.Core.Tests.Primitives;

public sealed class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_AddsMinorUnits() =>
        Assert.Equal(new Money(1_050, "USD"), new Money(1_000, "USD") + new Money(50, "USD"));

    [Fact]
    public void Add_DifferentCurrencies_IsACurrencyMismatch()
    {
        var error = Assert.Throws<CurrencyMismatchError>(() => new Money(1, "USD") + new Money(1, "EUR"));

        Assert.Equal(ErrorCodes.BusinessRule, error.Code);
        Assert.Contains("USD and EUR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Overflow_IsAnError()
    {
        Assert.Throws<MoneyOverflowError>(() => new Money(long.MaxValue, "USD") + new Money(1, "USD"));
        Assert.Throws<MoneyOverflowError>(() => new Money(long.MinValue, "USD") - new Money(1, "USD"));
        Assert.Throws<MoneyOverflowError>(() => new Money(long.MinValue, "USD").Negate());
        Assert.Throws<MoneyOverflowError>(() => new Money(long.MaxValue, "USD").Multiply(2m, MidpointRounding.ToEven));
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, 2)]
    [InlineData(MidpointRounding.AwayFromZero, 3)]
    [InlineData(MidpointRounding.ToZero, 2)]
    [InlineData(MidpointRounding.ToPositiveInfinity, 3)]
    public void Multiply_RoundsAsTold(MidpointRounding rounding, long expected) =>
        Assert.Equal(expected, new Money(5, "USD").Multiply(0.5m, rounding).Amount);

    [Fact]
    public void Allocate_NeverLosesAMinorUnit()
    {
        var parts = new Money(100, "USD").Allocate(3);

        Assert.Equal([34L, 33L, 33L], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_ByRatios_GivesLeftoversToLargestRemainders()
    {
        var parts = new Money(5, "EUR").Allocate([3, 7]);

        // Shares 1.5 and 3.5 floor to 1 and 3; the remainders tie, so the one leftover unit goes to the earlier part.
        Assert.Equal([2L, 3L], parts.Select(p => p.Amount));
        Assert.Equal(5, parts.Sum(p => p.Amount));
    }

    [Theory]
    [InlineData(1_000_003L, new[] { 1, 1, 1, 1, 1, 1, 1 })]
    [InlineData(-101L, new[] { 1, 2, 3 })]
    [InlineData(long.MaxValue, new[] { 1, 1, 1 })]
    [InlineData(7L, new[] { 0, 1, 0 })]
    public void Allocate_PartsAlwaysSumToTheAmount(long amount, int[] ratios)
    {
        var parts = new Money(amount, "USD").Allocate(ratios);

        Assert.Equal(amount, parts.Aggregate(Money.Zero("USD"), (sum, part) => sum + part).Amount);
        Assert.All(parts.Select((part, i) => (part, ratio: ratios[i])).Where(p => p.ratio == 0), p => Assert.True(p.part.IsZero));
    }

    [Fact]
    public void Allocate_EqualParts_DifferByAtMostOneUnit()
    {
        var parts = new Money(1_000_003, "USD").Allocate(7);

        Assert.InRange(parts.Max(p => p.Amount) - parts.Min(p => p.Amount), 0, 1);
    }

    [Fact]
    public void Allocate_InvalidRatios_Throw()
    {
        Assert.Throws<ArgumentException>(() => new Money(1, "USD").Allocate(Array.Empty<int>()));
        Assert.Throws<ArgumentException>(() => new Money(1, "USD").Allocate([0, 0]));
        Assert.Throws<ArgumentException>(() => new Money(1, "USD").Allocate([1, -1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(1, "USD").Allocate(0));
    }

    [Fact]
    public void Exponents_FollowIso4217()
    {
        Assert.Equal(0, Currency.Get("JPY").Exponent);
        Assert.Equal(2, Currency.Get("INR").Exponent);
        Assert.Equal(3, Currency.Get("KWD").Exponent);
        Assert.Equal(12.345m, new Money(12_345, "KWD").ToMajor());
        Assert.Equal(new Money(1_235, "USD"), Money.FromMajor(12.345m, "USD", MidpointRounding.AwayFromZero));
        Assert.Equal(new Money(12, "JPY"), Money.FromMajor(12.4m, "JPY", MidpointRounding.ToEven));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("XXX1")]
    [InlineData("ABC")]
    public void UnknownCurrency_IsRejected(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new Money(1, code));

        Assert.Contains("ISO 4217", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_IsCultureAware()
    {
        Assert.Equal("$1,234.50", new Money(123_450, "USD").Format(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("1.234,50 €", new Money(123_450, "EUR").Format(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("¥1,235", new Money(1_235, "JPY").Format(CultureInfo.GetCultureInfo("ja-JP")).Replace('￥', '¥'));
        Assert.Equal("1.234,50 USD", new Money(123_450, "USD").Format(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("12.345 KWD", new Money(12_345, "KWD").ToString());
    }

    [Fact]
    public void Compare_DifferentCurrencies_IsAnError()
    {
        Assert.True(new Money(2, "USD") > new Money(1, "USD"));
        Assert.Throws<CurrencyMismatchError>(() => new Money(2, "USD") > new Money(1, "EUR"));
        Assert.NotEqual(new Money(1, "USD"), new Money(1, "EUR"));
    }
}
