namespace Platform.Core.Repositories.Filters;

/// <summary>A filter tree bound to an entity (see <see cref="FilterBinder"/>).</summary>
public abstract record BoundFilter;

/// <summary>All of the conditions hold (true for none).</summary>
/// <param name="Filters">The conjuncts.</param>
public sealed record BoundAnd(IReadOnlyList<BoundFilter> Filters) : BoundFilter;

/// <summary>At least one holds (false for none).</summary>
/// <param name="Filters">The disjuncts.</param>
public sealed record BoundOr(IReadOnlyList<BoundFilter> Filters) : BoundFilter;

/// <summary>The inner filter does not hold.</summary>
/// <param name="Inner">The negated filter.</param>
public sealed record BoundNot(BoundFilter Inner) : BoundFilter;
