using System.Text.RegularExpressions;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Model.Sdl;
using Platform.TestKit;

namespace Platform.Core.Tests.Repositories;

/// <summary>The operator table, the GraphQL filter inputs and the operator doc say the same thing.</summary>
public sealed class FilterOperatorTableTests
{
    [Theory]
    [InlineData("StringFilter", FilterFieldKind.String)]
    [InlineData("IntFilter", FilterFieldKind.Int)]
    [InlineData("LongFilter", FilterFieldKind.Long)]
    [InlineData("FloatFilter", FilterFieldKind.Float)]
    [InlineData("DecimalFilter", FilterFieldKind.Decimal)]
    [InlineData("BooleanFilter", FilterFieldKind.Boolean)]
    [InlineData("DateTimeFilter", FilterFieldKind.DateTime)]
    [InlineData("IDFilter", FilterFieldKind.Id)]
    [InlineData("IDListFilter", FilterFieldKind.IdList)]
    [InlineData("JSONFilter", FilterFieldKind.Json)]
    [InlineData("GeoFilter", FilterFieldKind.Geo)]
    public void Base_filter_inputs_offer_exactly_the_operators_of_their_kind(string input, FilterFieldKind kind)
    {
        var block = Regex.Match(BaseSdl.Text, $@"input {input} \{{(?<body>[^}}]*)\}}").Groups["body"].Value;
        var fields = Regex.Matches(block, @"^\s+(\w+):", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(FilterOperators.For(kind).Select(FilterOperators.NameOf).Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_doc_has_a_row_for_every_operator()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "filter-operators.md"));

        Assert.All(Enum.GetValues<FilterOperator>(), op => Assert.Matches(new Regex($@"^\| [^|]*`{FilterOperators.NameOf(op)}`", RegexOptions.Multiline), doc));
    }

    [Fact]
    public void Operator_names_round_trip()
    {
        Assert.All(Enum.GetValues<FilterOperator>(), op =>
        {
            Assert.True(FilterOperators.TryParse(FilterOperators.NameOf(op), out var parsed));
            Assert.Equal(op, parsed);
        });
    }
}
