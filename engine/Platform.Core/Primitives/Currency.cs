using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Platform.Core.Primitives;

/// <summary>An ISO 4217 currency and its minor-unit exponent (2 for USD cents, 0 for JPY, 3 for KWD).</summary>
/// <param name="Code">The three-letter code.</param>
/// <param name="Exponent">Digits after the decimal point in the major unit.</param>
public sealed record Currency(string Code, int Exponent)
{
    // Active ISO 4217 codes. Most have two minor digits; the exceptions are listed by exponent.
    private const string TwoDigitCodes =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW " +
        "CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS " +
        "INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN " +
        "NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC " +
        "SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

    private const string ZeroDigitCodes = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
    private const string ThreeDigitCodes = "BHD IQD JOD KWD LYD OMR TND";
    private const string FourDigitCodes = "CLF UYW";

    private static readonly FrozenDictionary<string, Currency> Known = new[] { (TwoDigitCodes, 2), (ZeroDigitCodes, 0), (ThreeDigitCodes, 3), (FourDigitCodes, 4) }
        .SelectMany(group => group.Item1.Split(' ').Select(code => new Currency(code, group.Item2)))
        .ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Every known currency code.</summary>
    public static IEnumerable<string> Codes => Known.Keys;

    /// <summary>The currency with ISO code <paramref name="code"/> (upper case).</summary>
    /// <exception cref="ArgumentException">The code is not an ISO 4217 currency.</exception>
    public static Currency Get(string code) =>
        TryGet(code, out var currency) ? currency : throw new ArgumentException($"'{code}' is not an ISO 4217 currency code (three upper-case letters such as USD, EUR, JPY).", nameof(code));

    /// <summary>Looks up an ISO code.</summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = null;
        return code is not null && Known.TryGetValue(code, out currency);
    }

    /// <summary>The number of minor units in one major unit (100 for USD).</summary>
    public long MinorPerMajor => (long)Math.Pow(10, Exponent);

    /// <inheritdoc />
    public override string ToString() => Code;
}
