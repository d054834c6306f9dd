namespace Platform.Core.Repositories;

/// <summary>A repository filter: a tree of field conditions combined with and/or/not.</summary>
public abstract record Filter
{
    /// <summary>The filter that matches everything.</summary>
    public static Filter All { get; } = new AndFilter([]);

    /// <summary>A condition on one field.</summary>
    public static Filter Where(string field, FilterOperator op, object? value) => new FieldFilter(field, op, value);

    /// <summary>Both filters.</summary>
    public Filter And(Filter other) => new AndFilter([this, other]);

    /// <summary>Either filter.</summary>
    public Filter Or(Filter other) => new OrFilter([this, other]);
}

/// <summary>A condition on one field (a manifest key or a base field such as <c>createdAt</c>).</summary>
/// <param name="Field">The field key.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Value">The operand, a plain value (a list for <c>in</c>).</param>
public sealed record FieldFilter(string Field, FilterOperator Operator, object? Value) : Filter;

/// <summary>All of the filters (matches everything when empty).</summary>
/// <param name="Filters">The conjuncts.</param>
public sealed record AndFilter(IReadOnlyList<Filter> Filters) : Filter;

/// <summary>Any of the filters (matches nothing when empty).</summary>
/// <param name="Filters">The disjuncts.</param>
public sealed record OrFilter(IReadOnlyList<Filter> Filters) : Filter;

/// <summary>The negation of a filter.</summary>
/// <param name="Inner">The negated filter.</param>
public sealed record NotFilter(Filter Inner) : Filter;
