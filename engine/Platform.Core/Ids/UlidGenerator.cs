using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Platform.Core.Ids;

/// <summary>
/// Generates ULIDs that increase strictly, even within one millisecond and across threads:
/// within the same millisecond the 80-bit random part of the previous id is incremented.
/// </summary>
/// <remarks>
/// If the clock goes backwards the last timestamp is kept, so ids still increase. If the random
/// part overflows (2^80 ids in one millisecond) the timestamp moves one millisecond forward.
/// </remarks>
public sealed class UlidGenerator
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private ulong _lastHigh;
    private ulong _lastLow;

    /// <summary>Creates a generator reading <paramref name="time"/> (the system clock by default).</summary>
    public UlidGenerator(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The process-wide generator behind <see cref="Ulid.NewUlid"/>.</summary>
    public static UlidGenerator Shared { get; } = new();

    /// <summary>The next id, strictly greater than every id this generator returned before.</summary>
    public Ulid Next()
    {
        var now = (ulong)_time.GetUtcNow().ToUnixTimeMilliseconds();
        Span<byte> random = stackalloc byte[10];
        lock (_gate)
        {
            var lastMs = _lastHigh >> 16;
            if (now > lastMs)
            {
                RandomNumberGenerator.Fill(random);
                _lastHigh = (now << 16) | BinaryPrimitives.ReadUInt16BigEndian(random);
                _lastLow = BinaryPrimitives.ReadUInt64BigEndian(random[2..]);
            }
            else
            {
                Increment();
            }

            return new Ulid(_lastHigh, _lastLow);
        }
    }

    private void Increment()
    {
        _lastLow++;
        if (_lastLow != 0)
        {
            return;
        }

        // The low 64 bits wrapped: carry into the 16 random bits of the high word, and past them
        // into the timestamp (one millisecond later), which keeps the order strict.
        _lastHigh++;
    }
}
