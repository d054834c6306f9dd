using Platform.Model.Definitions;

namespace Platform.Core.Repositories.Filters;

/// <summary>
/// A filter condition checked against an entity definition, its value converted to the field's CLR
/// type: what both the SQL compiler and the in-memory evaluator consume, so they agree on meaning.
/// </summary>
/// <param name="Path">The field key, or <c>key.amount</c> / <c>key.currency</c> for money.</param>
/// <param name="Field">The field, or null for a base field (id, createdAt, …).</param>
/// <param name="Kind">How the value is compared.</param>
/// <param name="Op">The operator.</param>
/// <param name="Value">
/// The converted value: string, long, double, decimal, bool, <see cref="DateTimeOffset"/>,
/// a <c>string[]</c>/<c>object[]</c> for list operators, a plain JSON value for JSON and geo, or a
/// <see cref="System.Text.RegularExpressions.Regex"/>-checked pattern string for <c>matches</c>.
/// </param>
public sealed record BoundCondition(string Path, FieldDefinition? Field, FilterFieldKind Kind, FilterOperator Op, object? Value) : BoundFilter;
