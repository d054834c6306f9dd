using Platform.Core.Repositories;

namespace Platform.Postgres.Repositories;

/// <summary>
/// Rows of another entity read in the same round trip as a page, from the page's own rows (see
/// <see cref="EntityRepository.FindManyAsync(Filter, QueryOptions, IReadOnlyList{RelatedRows}, CancellationToken)"/>):
/// what a GraphQL list's children will ask for, read before they ask.
/// </summary>
public abstract class RelatedRows
{
    private protected RelatedRows(EntityRepository repository, string refField, IReadOnlyCollection<string>? fields)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(refField);
        Repository = repository;
        RefField = refField;
        Fields = fields;
    }

    /// <summary>The repository of the related entity (the same organization as the page's).</summary>
    public EntityRepository Repository { get; }

    /// <summary>The reference field that relates the rows.</summary>
    public string RefField { get; }

    /// <summary>The fields of the related rows to read (keys; null: all).</summary>
    public IReadOnlyCollection<string>? Fields { get; }
}

/// <summary>The live entities the page's rows point at through their reference field <see cref="RelatedRows.RefField"/> (a <c>ref</c> field of the page's entity), by id.</summary>
/// <param name="refField">The page entity's reference field.</param>
/// <param name="target">The repository of the referenced entity.</param>
/// <param name="fields">The fields of the referenced rows to read (keys; null: all).</param>
public sealed class ReferencedRows(string refField, EntityRepository target, IReadOnlyCollection<string>? fields = null) : RelatedRows(target, refField, fields);

/// <summary>
/// For each row of the page, the first <see cref="PerParent"/> live entities of the source entity whose
/// reference field <see cref="RelatedRows.RefField"/> points at it, in the order of <see cref="Sort"/> (a reverse connection).
/// </summary>
/// <param name="source">The repository of the entity that holds the reference.</param>
/// <param name="refField">Its reference field to the page's entity.</param>
/// <param name="perParent">Rows per parent.</param>
/// <param name="filter">Which rows (null: all).</param>
/// <param name="sort">Their order (id breaks ties).</param>
/// <param name="fields">The fields to read (keys; null: all).</param>
public sealed class ReferringRows(EntityRepository source, string refField, int perParent, Filter? filter = null, IReadOnlyList<SortSpec>? sort = null, IReadOnlyCollection<string>? fields = null)
    : RelatedRows(source, refField, fields)
{
    /// <summary>Rows per parent.</summary>
    public int PerParent { get; } = perParent;

    /// <summary>Which rows.</summary>
    public Filter Filter { get; } = filter ?? Filter.All;

    /// <summary>Their order.</summary>
    public IReadOnlyList<SortSpec> Sort { get; } = sort ?? [];
}

/// <summary>For each row of the page, how many live entities of the source entity matching <see cref="Filter"/> point at it through <see cref="RelatedRows.RefField"/> (a reverse connection's totalCount).</summary>
/// <param name="source">The repository of the entity that holds the reference.</param>
/// <param name="refField">Its reference field to the page's entity.</param>
/// <param name="filter">Which rows count (null: all).</param>
public sealed class ReferringCounts(EntityRepository source, string refField, Filter? filter = null) : RelatedRows(source, refField, [])
{
    /// <summary>Which rows count.</summary>
    public Filter Filter { get; } = filter ?? Filter.All;
}

/// <summary>A page and the rows read with it.</summary>
public sealed class PageWithRelated
{
    private readonly IReadOnlyDictionary<RelatedRows, object> _related;

    internal PageWithRelated(PaginatedResult<EntityRecord> page, IReadOnlyDictionary<RelatedRows, object> related)
    {
        Page = page;
        _related = related;
    }

    /// <summary>The page.</summary>
    public PaginatedResult<EntityRecord> Page { get; }

    /// <summary>The referenced entities found, by id (a reference to a deleted or missing entity has no entry).</summary>
    public IReadOnlyDictionary<string, EntityRecord> Rows(ReferencedRows related) => (IReadOnlyDictionary<string, EntityRecord>)_related[related];

    /// <summary>The referring entities of every row of the page, by the row's id (empty when none).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EntityRecord>> Rows(ReferringRows related) => (IReadOnlyDictionary<string, IReadOnlyList<EntityRecord>>)_related[related];

    /// <summary>The counts of referring entities of every row of the page, by the row's id (0 when none).</summary>
    public IReadOnlyDictionary<string, long> Counts(ReferringCounts related) => (IReadOnlyDictionary<string, long>)_related[related];
}
