using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Platform.Core.Ids;

/// <summary>
/// A Universally Unique Lexicographically Sortable Identifier: 48 bits of Unix milliseconds and
/// 80 random bits, written as 26 Crockford base32 characters (<c>01ARZ3NDEKTSV4RRFFQ69G5FAV</c>).
/// </summary>
/// <remarks>
/// Ordering of values equals ordering of their strings. Parsing is case-insensitive and accepts
/// Crockford's aliases (I and L for 1, O for 0); the first character is at most 7 (128 bits).
/// </remarks>
public readonly struct Ulid : IEquatable<Ulid>, IComparable<Ulid>
{
    /// <summary>The length of the string form.</summary>
    public const int Length = 26;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly sbyte[] Decoding = BuildDecoding();

    // High: 48-bit timestamp << 16 | top 16 random bits. Low: the other 64 random bits.
    private readonly ulong _high;
    private readonly ulong _low;

    internal Ulid(ulong high, ulong low)
    {
        _high = high;
        _low = low;
    }

    /// <summary>The creation time encoded in the id, to the millisecond.</summary>
    public DateTimeOffset Timestamp => DateTimeOffset.FromUnixTimeMilliseconds((long)(_high >> 16));

    /// <summary>The timestamp in Unix milliseconds.</summary>
    public long UnixMilliseconds => (long)(_high >> 16);

    internal ulong High => _high;

    internal ulong Low => _low;

    /// <summary>A new ULID from the shared monotonic generator.</summary>
    public static Ulid NewUlid() => UlidGenerator.Shared.Next();

    /// <summary>Compares by timestamp, then randomness.</summary>
    public static bool operator ==(Ulid left, Ulid right) => left.Equals(right);

    /// <summary>Compares by timestamp, then randomness.</summary>
    public static bool operator !=(Ulid left, Ulid right) => !left.Equals(right);

    /// <summary>Orders ULIDs as their strings order.</summary>
    public static bool operator <(Ulid left, Ulid right) => left.CompareTo(right) < 0;

    /// <summary>Orders ULIDs as their strings order.</summary>
    public static bool operator >(Ulid left, Ulid right) => left.CompareTo(right) > 0;

    /// <summary>Orders ULIDs as their strings order.</summary>
    public static bool operator <=(Ulid left, Ulid right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ULIDs as their strings order.</summary>
    public static bool operator >=(Ulid left, Ulid right) => left.CompareTo(right) >= 0;

    /// <summary>Builds a ULID from a timestamp and 10 random bytes.</summary>
    public static Ulid FromParts(long unixMilliseconds, ReadOnlySpan<byte> randomness)
    {
        if (unixMilliseconds is < 0 or > 0xFFFF_FFFF_FFFF)
        {
            throw new ArgumentOutOfRangeException(nameof(unixMilliseconds), unixMilliseconds, "A ULID timestamp is 48 bits of Unix milliseconds.");
        }

        if (randomness.Length != 10)
        {
            throw new ArgumentException("A ULID has 10 bytes of randomness.", nameof(randomness));
        }

        var high = ((ulong)unixMilliseconds << 16) | BinaryPrimitives.ReadUInt16BigEndian(randomness);
        return new Ulid(high, BinaryPrimitives.ReadUInt64BigEndian(randomness[2..]));
    }

    /// <summary>Parses the 26-character form; throws <see cref="FormatException"/> naming the problem.</summary>
    public static Ulid Parse(string text) =>
        TryParse(text, out var ulid, out var problem) ? ulid : throw new FormatException($"'{text}' is not a ULID: {problem}.");

    /// <summary>Parses the 26-character form.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Ulid ulid) => TryParse(text, out ulid, out _);

    /// <inheritdoc />
    public int CompareTo(Ulid other)
    {
        var high = _high.CompareTo(other._high);
        return high != 0 ? high : _low.CompareTo(other._low);
    }

    /// <inheritdoc />
    public bool Equals(Ulid other) => _high == other._high && _low == other._low;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ulid other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_high, _low);

    /// <summary>The 26-character Crockford base32 form.</summary>
    public override string ToString() =>
        string.Create(Length, this, static (chars, ulid) =>
        {
            // 128 bits as 26 five-bit groups, most significant first; the first group holds 3 bits.
            var high = ulid._high;
            var low = ulid._low;
            for (var i = Length - 1; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(low & 0x1F)];
                low = (low >> 5) | ((high & 0x1F) << 59);
                high >>= 5;
            }
        });

    private static bool TryParse(string? text, out Ulid ulid, out string problem)
    {
        ulid = default;
        if (text is null || text.Length != Length)
        {
            problem = $"expected {Length} characters, found {text?.Length ?? 0}";
            return false;
        }

        ulong high = 0, low = 0;
        for (var i = 0; i < Length; i++)
        {
            var c = text[i];
            var value = c < 128 ? Decoding[c] : (sbyte)-1;
            if (value < 0)
            {
                problem = $"'{c}' at position {i + 1} is not a Crockford base32 character";
                return false;
            }

            if (i == 0 && value > 7)
            {
                problem = "the first character must be 0–7 (the value would exceed 128 bits)";
                return false;
            }

            high = (high << 5) | (low >> 59);
            low = (low << 5) | (byte)value;
        }

        ulid = new Ulid(high, low);
        problem = "";
        return true;
    }

    private static sbyte[] BuildDecoding()
    {
        var table = Enumerable.Repeat((sbyte)-1, 128).ToArray();
        for (var i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = (sbyte)i;
            table[char.ToLowerInvariant(Alphabet[i])] = (sbyte)i;
        }

        foreach (var (alias, value) in new[] { ('I', 1), ('i', 1), ('L', 1), ('l', 1), ('O', 0), ('o', 0) })
        {
            table[alias] = (sbyte)value;
        }

        return table;
    }
}
