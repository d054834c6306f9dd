using System.Collections;
using System.Globalization;
using System.Text.Json;
using Platform.Core.Errors;
using Platform.Core.Rules;
using Platform.Model.Definitions;
using Platform.Model.Values;

namespace Platform.Core.Repositories.Filters;

/// <summary>
/// Checks a filter against an entity definition — fields exist and are not sensitive, operators
/// apply to their types, values have the right type — and converts every value once, so SQL
/// and in-memory evaluation see the same typed values. All problems are reported at once.
/// </summary>
public static class FilterBinder
{
    private static readonly (string Key, FilterFieldKind Kind)[] BaseFields =
        [("id", FilterFieldKind.Id), ("createdAt", FilterFieldKind.DateTime), ("updatedAt", FilterFieldKind.DateTime), ("deletedAt", FilterFieldKind.DateTime), ("version", FilterFieldKind.Int)];

    /// <summary>Binds <paramref name="filter"/> to <paramref name="entity"/>.</summary>
    /// <exception cref="ValidationError">A field, operator or value is wrong; every failure is listed (field paths start with <c>where</c>).</exception>
    public static BoundFilter Bind(Filter filter, EntityDefinition entity)
    {
        var failures = new List<ValidationFailure>();
        var bound = Bind(filter, entity, failures);
        return failures.Count > 0 ? throw new ValidationError(failures) : bound;
    }

    private static BoundFilter Bind(Filter filter, EntityDefinition entity, List<ValidationFailure> failures) => filter switch
    {
        AndFilter and => new BoundAnd(and.Filters.Select(f => Bind(f, entity, failures)).ToList()),
        OrFilter or => new BoundOr(or.Filters.Select(f => Bind(f, entity, failures)).ToList()),
        NotFilter not => new BoundNot(Bind(not.Inner, entity, failures)),
        FieldFilter field => BindCondition(field, entity, failures),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    private static BoundFilter BindCondition(FieldFilter filter, EntityDefinition entity, List<ValidationFailure> failures)
    {
        var where = $"where.{filter.Field}";
        if (!TryResolve(entity, filter.Field, out var field, out var kind))
        {
            failures.Add(new ValidationFailure(where, $"{entity.Name} has no field '{filter.Field}' to filter on.", "unknownField"));
            return new BoundAnd([]);
        }

        if (!FilterOperators.AppliesTo(filter.Operator, kind))
        {
            failures.Add(new ValidationFailure(where, $"'{FilterOperators.NameOf(filter.Operator)}' does not apply to {Describe(kind)} fields; use one of: {string.Join(", ", FilterOperators.For(kind).Select(FilterOperators.NameOf))}.", "unknownOperator"));
            return new BoundAnd([]);
        }

        var value = filter.Value is JsonElement json ? RuleValues.FromJson(json) : filter.Value;
        if (ContainsNul(value))
        {
            failures.Add(new ValidationFailure($"{where}.{FilterOperators.NameOf(filter.Operator)}", "text may not contain NUL characters.", "invalidValue"));
            return new BoundAnd([]);
        }

        if (Convert(filter.Operator, kind, field, value, out var converted) is { } problem)
        {
            failures.Add(new ValidationFailure($"{where}.{FilterOperators.NameOf(filter.Operator)}", problem, "invalidValue"));
            return new BoundAnd([]);
        }

        return new BoundCondition(filter.Field, field, kind, filter.Operator, converted);
    }

    private static bool ContainsNul(object? value) => value switch
    {
        string s => s.Contains('\0', StringComparison.Ordinal),
        ValueMap map => map.Any(e => e.Key.Contains('\0', StringComparison.Ordinal) || ContainsNul(e.Value)),
        IEnumerable list => list.Cast<object?>().Any(ContainsNul),
        _ => false,
    };

    private static bool TryResolve(EntityDefinition entity, string path, out FieldDefinition? field, out FilterFieldKind kind)
    {
        field = null;
        kind = default;
        foreach (var (key, baseKind) in BaseFields)
        {
            if (key == path)
            {
                kind = baseKind;
                return true;
            }
        }

        var dot = path.IndexOf('.', StringComparison.Ordinal);
        field = entity.FindField(dot < 0 ? path : path[..dot]);
        if (field is null || field.Sensitive)
        {
            return false;
        }

        if (dot < 0)
        {
            kind = FilterOperators.KindOf(field.Type);
            return true;
        }

        var part = path[(dot + 1)..];
        if (field.Type == FieldType.Money && part is "amount" or "currency")
        {
            kind = part == "amount" ? FilterFieldKind.Long : FilterFieldKind.String;
            return true;
        }

        return false;
    }

    private static string? Convert(FilterOperator op, FilterFieldKind kind, FieldDefinition? field, object? value, out object? converted)
    {
        converted = null;
        switch (op)
        {
            case FilterOperator.IsNull:
                converted = value;
                return value is bool ? null : "isNull takes true or false.";
            case FilterOperator.In or FilterOperator.Nin:
                if (value is string || !RuleValues.IsList(value))
                {
                    return "expects a list of values.";
                }

                var items = new List<object?>();
                foreach (var item in RuleValues.AsList(value))
                {
                    if (Scalar(kind, field, item, out var one) is { } problem)
                    {
                        return problem;
                    }

                    items.Add(one);
                }

                converted = items.ToArray();
                return null;
            case FilterOperator.ContainsAll or FilterOperator.ContainsAny:
                if (value is string || !RuleValues.IsList(value) || RuleValues.AsList(value).Any(v => v is not string))
                {
                    return "expects a list of ids.";
                }

                converted = RuleValues.AsList(value).Cast<string>().ToArray();
                return null;
            case FilterOperator.Contains when kind == FilterFieldKind.Json:
                converted = PlainValue.From(value);
                return null;
            case FilterOperator.Contains or FilterOperator.HasKey when kind is FilterFieldKind.IdList or FilterFieldKind.Json:
                converted = value;
                return value is string ? null : "expects a string.";
            case FilterOperator.Matches:
                converted = value;
                return value is string pattern ? RegexSubset.Check(pattern) : "expects a regular expression.";
            case FilterOperator.Within or FilterOperator.Intersects:
                converted = value is null ? null : PlainValue.From(value);
                return op == FilterOperator.Within && !GeoShapes.TryReadPolygon(converted, out _) ? "expects a GeoJSON polygon." :
                    op == FilterOperator.Intersects && !GeoShapes.TryReadPolygon(converted, out _) && !GeoShapes.TryReadPoint(converted, out _) ? "expects a GeoJSON point or polygon." : null;
            default:
                return Scalar(kind, field, value, out converted);
        }
    }

    private static string? Scalar(FilterFieldKind kind, FieldDefinition? field, object? value, out object? converted)
    {
        converted = null;
        if (value is null)
        {
            return null;
        }

        switch (kind)
        {
            case FilterFieldKind.String or FilterFieldKind.Id:
                converted = value as string;
                return converted is null ? "expects a string." : null;
            case FilterFieldKind.Enum:
                converted = value as string;
                return converted is string s && field!.EnumValues.Contains(s) ? null : $"expects one of {string.Join(", ", field!.EnumValues)}.";
            case FilterFieldKind.Int or FilterFieldKind.Long:
                if (RuleValues.IsNumber(value) && RuleValues.TryDouble(value, out var d) && d == Math.Floor(d) && (kind == FilterFieldKind.Long ? d is >= long.MinValue and <= long.MaxValue : d is >= int.MinValue and <= int.MaxValue))
                {
                    converted = System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    return null;
                }

                return kind == FilterFieldKind.Int ? "expects a whole number within 32 bits." : "expects a whole number.";
            case FilterFieldKind.Float:
                converted = RuleValues.TryDouble(value, out var f) && RuleValues.IsNumber(value) ? f : null;
                return converted is null ? "expects a number." : null;
            case FilterFieldKind.Decimal:
                converted = value switch
                {
                    decimal m => m,
                    string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ when RuleValues.IsNumber(value) => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                    _ => null,
                };
                return converted is null ? "expects a decimal number." : null;
            case FilterFieldKind.Boolean:
                converted = value as bool?;
                return converted is null ? "expects true or false." : null;
            case FilterFieldKind.DateTime:
                if ((value is string || value is not IEnumerable) && RuleValues.TryDate(value, out var date))
                {
                    converted = date.ToUniversalTime();
                    return null;
                }

                return "expects an ISO-8601 date and time.";
            default:
                return "cannot be compared.";
        }
    }

    private static string Describe(FilterFieldKind kind) => kind switch
    {
        FilterFieldKind.IdList => "ref[]",
        FilterFieldKind.Id => "ref",
        FilterFieldKind.DateTime => "date",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
