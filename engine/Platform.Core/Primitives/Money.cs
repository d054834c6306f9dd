using System.Globalization;
using Platform.Core.Errors;

namespace Platform.Core.Primitives;

/// <summary>
/// An amount of money in minor units (cents, paise) of an ISO 4217 currency — never a float.
/// Arithmetic is checked: mixing currencies and overflowing <see cref="long"/> are errors, and
/// every operation that could produce fractions of a minor unit takes an explicit rounding.
/// </summary>
/// <remarks>Invariant: <see cref="Currency"/> is a known ISO 4217 currency. The default value is invalid.</remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount of <paramref name="minorUnits"/> in <paramref name="currency"/>.</summary>
    public Money(long minorUnits, string currency)
        : this(minorUnits, Primitives.Currency.Get(currency))
    {
    }

    /// <summary>Creates an amount of <paramref name="minorUnits"/> in <paramref name="currency"/>.</summary>
    public Money(long minorUnits, Currency currency)
    {
        Amount = minorUnits;
        CurrencyInfo = currency ?? throw new ArgumentNullException(nameof(currency));
    }

    /// <summary>The amount in minor units.</summary>
    public long Amount { get; }

    /// <summary>The ISO 4217 code.</summary>
    public string Currency => CurrencyInfo.Code;

    /// <summary>The currency and its exponent.</summary>
    public Currency CurrencyInfo { get; }

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Amount == 0;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0;

    /// <summary>Adds two amounts of one currency.</summary>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Subtracts two amounts of one currency.</summary>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Compares equal currency and amount.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares equal currency and amount.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares amounts of one currency.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares amounts of one currency.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares amounts of one currency.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares amounts of one currency.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Money Zero(string currency) => new(0, currency);

    /// <summary>Converts a major-unit amount (12.345 USD) to minor units with explicit rounding.</summary>
    public static Money FromMajor(decimal amount, string currency, MidpointRounding rounding)
    {
        var info = Primitives.Currency.Get(currency);
        return new Money(ToMinor(Math.Round(amount * info.MinorPerMajor, 0, rounding), info.Code), info);
    }

    /// <summary>The amount in major units (1234 cents → 12.34).</summary>
    public decimal ToMajor() => (decimal)Amount / CurrencyInfo.MinorPerMajor;

    /// <summary>Adds an amount of the same currency.</summary>
    /// <exception cref="CurrencyMismatchError">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowError">The result does not fit in minor units.</exception>
    public Money Add(Money other)
    {
        EnsureSameCurrency(other, "add");
        try
        {
            return new Money(checked(Amount + other.Amount), CurrencyInfo);
        }
        catch (OverflowException)
        {
            throw new MoneyOverflowError(this, "add");
        }
    }

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <exception cref="CurrencyMismatchError">The currencies differ.</exception>
    /// <exception cref="MoneyOverflowError">The result does not fit in minor units.</exception>
    public Money Subtract(Money other)
    {
        EnsureSameCurrency(other, "subtract");
        try
        {
            return new Money(checked(Amount - other.Amount), CurrencyInfo);
        }
        catch (OverflowException)
        {
            throw new MoneyOverflowError(this, "subtract");
        }
    }

    /// <summary>Multiplies by a factor (a quantity, a tax rate), rounding to a whole minor unit as told.</summary>
    /// <exception cref="MoneyOverflowError">The result does not fit in minor units.</exception>
    public Money Multiply(decimal factor, MidpointRounding rounding)
    {
        try
        {
            return new Money(ToMinor(Math.Round(Amount * factor, 0, rounding), Currency), CurrencyInfo);
        }
        catch (OverflowException)
        {
            throw new MoneyOverflowError(this, "multiply");
        }
    }

    /// <summary>The amount with its sign reversed.</summary>
    public Money Negate() => Amount == long.MinValue ? throw new MoneyOverflowError(this, "negate") : new Money(-Amount, CurrencyInfo);

    /// <summary>
    /// Splits the amount by <paramref name="ratios"/> without losing or creating a minor unit:
    /// each part gets its floor share, and the leftover units go one each to the parts with the
    /// largest remainders (earlier parts first on ties). The parts always sum to the amount.
    /// </summary>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<int> ratios)
    {
        if (ratios.Count == 0 || ratios.Any(r => r < 0) || ratios.Sum(r => (long)r) == 0)
        {
            throw new ArgumentException("Allocation needs at least one non-negative ratio and a positive total.", nameof(ratios));
        }

        var total = (Int128)ratios.Sum(r => (long)r);
        var sign = Amount < 0 ? -1 : 1;
        var magnitude = Int128.Abs(Amount);
        var shares = new long[ratios.Count];
        var remainders = new Int128[ratios.Count];
        Int128 allocated = 0;
        for (var i = 0; i < ratios.Count; i++)
        {
            var product = magnitude * ratios[i];
            shares[i] = (long)(product / total);
            remainders[i] = product % total;
            allocated += shares[i];
        }

        var leftover = (long)(magnitude - allocated);
        var order = Enumerable.Range(0, ratios.Count).ToArray();
        Array.Sort(order, (a, b) => remainders[b] != remainders[a] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        foreach (var index in order.Take((int)leftover))
        {
            shares[index]++;
        }

        var currency = CurrencyInfo;
        return shares.Select(s => new Money(sign * s, currency)).ToArray();
    }

    /// <summary>Splits the amount into <paramref name="parts"/> parts differing by at most one minor unit.</summary>
    public IReadOnlyList<Money> Allocate(int parts) =>
        parts > 0 ? Allocate(Enumerable.Repeat(1, parts).ToArray()) : throw new ArgumentOutOfRangeException(nameof(parts), parts, "Allocate into at least one part.");

    /// <summary>
    /// Formats for <paramref name="provider"/>'s culture with the currency's own number of
    /// decimals; the culture's symbol is used when the culture's region uses this currency,
    /// the ISO code otherwise (so <c>$</c> never silently means another dollar).
    /// </summary>
    public string Format(IFormatProvider? provider = null)
    {
        var culture = provider as CultureInfo ?? CultureInfo.CurrentCulture;
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencyDecimalDigits = CurrencyInfo.Exponent;
        format.CurrencySymbol = RegionCurrency(culture) == Currency ? culture.NumberFormat.CurrencySymbol : Currency;
        return ToMajor().ToString("C", format);
    }

    /// <inheritdoc />
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && string.Equals(CurrencyInfo?.Code, other.CurrencyInfo?.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, CurrencyInfo?.Code);

    /// <summary>Culture-independent form: <c>12.34 USD</c>.</summary>
    public override string ToString() => $"{ToMajor().ToString("F" + CurrencyInfo.Exponent.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {Currency}";

    private static string? RegionCurrency(CultureInfo culture)
    {
        if (culture.IsNeutralCulture || string.IsNullOrEmpty(culture.Name))
        {
            return null;
        }

        try
        {
            return new RegionInfo(culture.Name).ISOCurrencySymbol;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static long ToMinor(decimal rounded, string currency)
    {
        if (rounded is > long.MaxValue or < long.MinValue)
        {
            throw new MoneyOverflowError(currency, rounded);
        }

        return (long)rounded;
    }

    private void EnsureSameCurrency(Money other, string operation)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new CurrencyMismatchError(Currency, other.Currency, operation);
        }
    }
}
