using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.GraphQL.Execution;

namespace Platform.Hosting.Api;

/// <summary>A connection field's arguments (<c>where, order, first, after, last, before</c>) in the repository's terms.</summary>
internal sealed record PageArguments(Filter Filter, IReadOnlyList<SortSpec> Sort, int Limit, bool Last, string? After, string? Before)
{
    /// <summary>Whether the page needs cursors or the list's end, so it cannot be read in a batch with its siblings.</summary>
    public bool IsCursorPage => Last || After is not null || Before is not null;

    /// <summary>Reads and checks the arguments.</summary>
    /// <exception cref="ValidationError"><c>first</c> and <c>last</c> together, or out of range.</exception>
    public static PageArguments From(ResolveFieldContext context, EntityBinding entity) => From(context.Arguments, entity);

    /// <summary>Reads and checks coerced arguments (a field's own, or one read ahead).</summary>
    /// <exception cref="ValidationError"><c>first</c> and <c>last</c> together, or out of range.</exception>
    public static PageArguments From(IReadOnlyDictionary<string, object?> arguments, EntityBinding entity)
    {
        var first = arguments.GetValueOrDefault("first") as int?;
        var last = arguments.GetValueOrDefault("last") as int?;
        var failures = new List<ValidationFailure>();
        if (first is not null && last is not null)
        {
            failures.Add(new ValidationFailure("last", "Give first or last, not both.", "invalidPage"));
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0 or > QueryOptions.MaxLimit)
            {
                failures.Add(new ValidationFailure(name, $"{name} must be between 0 and {QueryOptions.MaxLimit}; it is {value}.", "invalidPage"));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationError(failures);
        }

        return new PageArguments(
            GraphQLInputs.ToFilter(entity, arguments.GetValueOrDefault("where")),
            GraphQLInputs.ToSort(entity, arguments.GetValueOrDefault("order")),
            first ?? last ?? EntityApi.DefaultPageSize,
            last is not null,
            arguments.GetValueOrDefault("after") as string,
            arguments.GetValueOrDefault("before") as string);
    }

    /// <summary>The repository options of this page.</summary>
    /// <param name="includeTotal">Whether to count the rows.</param>
    /// <param name="fields">The fields to read (null: all).</param>
    public QueryOptions Options(bool includeTotal, IReadOnlyCollection<string>? fields = null) => new()
    {
        Fields = fields,
        Limit = Limit,
        After = After,
        Before = Before,
        FromEnd = Last,
        Sort = Sort,
        IncludeTotal = includeTotal,
    };
}
