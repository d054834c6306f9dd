namespace Platform.Core.Repositories.Filters;

/// <summary>A filter tree bound to an entity (see <see cref="FilterBinder"/>).</summary>
public abstract record BoundFilter
{
    /// <summary>Whether a condition anywhere in the tree uses <paramref name="op"/> (e.g. <c>matches</c>, which may need a time limit).</summary>
    public bool Uses(FilterOperator op) => this switch
    {
        BoundCondition c => c.Op == op,
        BoundAnd a => a.Filters.Any(f => f.Uses(op)),
        BoundOr o => o.Filters.Any(f => f.Uses(op)),
        BoundNot n => n.Inner.Uses(op),
        _ => false,
    };
}

/// <summary>All of the conditions hold (true for none).</summary>
/// <param name="Filters">The conjuncts.</param>
public sealed record BoundAnd(IReadOnlyList<BoundFilter> Filters) : BoundFilter;

/// <summary>At least one holds (false for none).</summary>
/// <param name="Filters">The disjuncts.</param>
public sealed record BoundOr(IReadOnlyList<BoundFilter> Filters) : BoundFilter;

/// <summary>The inner filter does not hold.</summary>
/// <param name="Inner">The negated filter.</param>
public sealed record BoundNot(BoundFilter Inner) : BoundFilter;
