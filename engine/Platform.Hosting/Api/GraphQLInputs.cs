using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Model.Definitions;

namespace Platform.Hosting.Api;

/// <summary>
/// GraphQL arguments in the repository's terms: <c>where</c> inputs become filters, <c>order</c>
/// inputs sort keys, create inputs and patches field maps by manifest key. Values arrive coerced
/// (enum values already the stored ones), so only the shape is translated here; the repository binds
/// and checks the rest (every failure at once, as <c>VALIDATION_FAILED</c>).
/// </summary>
internal static class GraphQLInputs
{
    /// <summary>The filter of a <c>where</c> argument (everything when absent).</summary>
    public static Filter ToFilter(EntityBinding entity, object? where)
    {
        if (where is not IReadOnlyDictionary<string, object?> map)
        {
            return Filter.All;
        }

        var conditions = new List<Filter>();
        foreach (var (name, value) in map)
        {
            switch (name)
            {
                case "and":
                    conditions.Add(new AndFilter(List(value).Select(v => ToFilter(entity, v)).ToList()));
                    break;
                case "or" when value is not null:
                    conditions.Add(new OrFilter(List(value).Select(v => ToFilter(entity, v)).ToList()));
                    break;
                case "not" when value is not null:
                    conditions.Add(new NotFilter(ToFilter(entity, value)));
                    break;
                default:
                    var field = entity.FieldByName(name);
                    AddConditions(conditions, field?.Key ?? name, field?.Type == FieldType.Money, value);
                    break;
            }
        }

        return conditions.Count == 1 ? conditions[0] : new AndFilter(conditions);
    }

    /// <summary>The sort of an <c>order</c> argument: each element sets exactly one field.</summary>
    /// <exception cref="ValidationError">An element sets no field or several.</exception>
    public static IReadOnlyList<SortSpec> ToSort(EntityBinding entity, object? order)
    {
        var sort = new List<SortSpec>();
        var failures = new List<ValidationFailure>();
        var index = 0;
        foreach (var element in List(order))
        {
            var keys = element is IReadOnlyDictionary<string, object?> map ? map.Where(e => e.Value is not null).ToList() : [];
            if (keys.Count != 1)
            {
                failures.Add(new ValidationFailure($"order[{index}]", $"Each element of order sets exactly one field, e.g. {{ createdAt: DESC }}; this one sets {keys.Count}.", "invalidSort"));
            }
            else
            {
                var (name, direction) = keys[0];
                sort.Add(new SortSpec(entity.FieldByName(name)?.Key ?? name, direction is SortDirection d ? d : SortDirection.Asc));
            }

            index++;
        }

        return failures.Count > 0 ? throw new ValidationError(failures) : sort;
    }

    /// <summary>A create input or patch by manifest key (references arrive under their id names).</summary>
    public static Dictionary<string, object?> ToFields(EntityBinding entity, object? input)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (input is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var (name, value) in map)
            {
                fields[entity.FieldByName(name)?.Key ?? name] = value;
            }
        }

        return fields;
    }

    private static void AddConditions(List<Filter> conditions, string key, bool money, object? operators)
    {
        if (operators is not IReadOnlyDictionary<string, object?> map)
        {
            return;
        }

        foreach (var (name, operand) in map)
        {
            if (money && name is "amount" or "currency")
            {
                AddConditions(conditions, $"{key}.{name}", money: false, operand);
            }
            else if (operand is not null && FilterOperators.TryParse(name, out var op))
            {
                // An operator given null is left out, like an absent one (GraphQL clients send null for "no condition").
                conditions.Add(Filter.Where(key, op, operand));
            }
        }
    }

    private static IEnumerable<object?> List(object? value) => value switch
    {
        null => [],
        IEnumerable<object?> list => list,
        _ => [value],
    };
}
