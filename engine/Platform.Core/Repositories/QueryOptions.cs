namespace Platform.Core.Repositories;

/// <summary>Paging, sorting and loading options of a collection read (seed 001 § 7).</summary>
/// <remarks>Use either offset paging (<see cref="Offset"/>) or keyset paging (<see cref="After"/>/<see cref="Before"/>), not both.</remarks>
public sealed record QueryOptions
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 500;

    /// <summary>The page size (default 50, at most <see cref="MaxLimit"/>).</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Rows to skip (offset paging).</summary>
    public int? Offset { get; init; }

    /// <summary>An opaque cursor: return rows after it (keyset paging).</summary>
    public string? After { get; init; }

    /// <summary>An opaque cursor: return rows before it (keyset paging, backwards).</summary>
    public string? Before { get; init; }

    /// <summary>
    /// Whether the page is taken from the end of the (cursor-bounded) list, like GraphQL's <c>last</c>;
    /// rows still come back in list order. Null: from the end exactly when only <see cref="Before"/> is given.
    /// </summary>
    public bool? FromEnd { get; init; }

    /// <summary>Sort keys; <c>id</c> is appended as the tie-breaker.</summary>
    public IReadOnlyList<SortSpec> Sort { get; init; } = [];

    /// <summary>Reference fields (keys, e.g. <c>categoryId</c>) whose entities are loaded with the rows into <see cref="EntityRecord.Included"/>, one statement per field.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Whether soft-deleted rows are included.</summary>
    public bool WithDeleted { get; init; }

    /// <summary>
    /// The fields (keys, and <c>meta</c> for the base column) the caller will read, or null for all of them:
    /// only their columns are read (the sort's and <see cref="Include"/>'s fields are added). Reading any
    /// other field of a returned record throws.
    /// </summary>
    public IReadOnlyCollection<string>? Fields { get; init; }

    /// <summary>Whether the total count is computed.</summary>
    public bool IncludeTotal { get; init; } = true;
}
