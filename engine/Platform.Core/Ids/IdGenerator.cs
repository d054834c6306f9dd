namespace Platform.Core.Ids;

/// <summary>
/// Generates and inspects ids (seed 001 § 1): plain ULIDs, and prefixed ids
/// <c>{prefix}_{ulid}</c> for entities with a registered prefix.
/// </summary>
public sealed class IdGenerator
{
    private readonly UlidGenerator _ulids;

    /// <summary>Creates a generator over a prefix registry.</summary>
    public IdGenerator(IdPrefixRegistry prefixes, UlidGenerator? ulids = null)
    {
        Prefixes = prefixes;
        _ulids = ulids ?? UlidGenerator.Shared;
    }

    /// <summary>The prefix registry.</summary>
    public IdPrefixRegistry Prefixes { get; }

    /// <summary>A new plain ULID string.</summary>
    public string Generate() => _ulids.Next().ToString();

    /// <summary>A new id for <paramref name="entity"/>: prefixed when it has a registered prefix.</summary>
    public string GenerateFor(string entity)
    {
        var prefix = Prefixes.PrefixOf(entity);
        return prefix is null ? Generate() : WithPrefix(prefix);
    }

    /// <summary>A new id with an explicit prefix.</summary>
    public string WithPrefix(string prefix) => $"{prefix}_{_ulids.Next()}";

    /// <summary>Whether <paramref name="id"/> is a ULID or <c>prefix_ULID</c>.</summary>
    public static bool IsValid(string? id) => TrySplit(id, out _, out _);

    /// <summary>The creation time encoded in an id.</summary>
    /// <exception cref="FormatException">The id is not a (prefixed) ULID.</exception>
    public static DateTimeOffset ExtractTimestamp(string id) =>
        TrySplit(id, out _, out var ulid) ? ulid.Timestamp : throw new FormatException($"'{id}' is not an id: expected a ULID or prefix_ULID.");

    /// <summary>The prefix of a prefixed id, or null for a plain ULID or a malformed id.</summary>
    public static string? PrefixOf(string id) => TrySplit(id, out var prefix, out _) ? prefix : null;

    /// <summary>Splits an id into its optional prefix and its ULID.</summary>
    public static bool TrySplit(string? id, out string? prefix, out Ulid ulid)
    {
        prefix = null;
        ulid = default;
        if (id is null)
        {
            return false;
        }

        var separator = id.LastIndexOf('_');
        if (separator < 0)
        {
            return Ulid.TryParse(id, out ulid);
        }

        if (separator == 0 || !Ulid.TryParse(id[(separator + 1)..], out ulid))
        {
            return false;
        }

        prefix = id[..separator];
        return prefix.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));
    }
}
