using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;

namespace Platform.Core.Tests.Repositories;

/// <summary>Questions asked of a bound filter tree before it becomes SQL.</summary>
public sealed class BoundFilterTests
{
    private static BoundCondition Condition(FilterOperator op) => new("name", null, FilterFieldKind.String, op, "x");

    [Fact]
    public void Uses_finds_an_operator_at_any_depth_and_only_there()
    {
        var nested = new BoundAnd([Condition(FilterOperator.Eq), new BoundOr([Condition(FilterOperator.Contains), new BoundNot(Condition(FilterOperator.Matches))])]);

        Assert.True(nested.Uses(FilterOperator.Matches));
        Assert.True(nested.Uses(FilterOperator.Eq));
        Assert.False(nested.Uses(FilterOperator.In));
        Assert.False(new BoundAnd([]).Uses(FilterOperator.Matches));
    }
}
