using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Model.Values;
using Platform.Postgres.Queries;

namespace Platform.Postgres.Tests.Queries;

/// <summary>Hostile values and names: values only ever travel as parameters, names only from the schema.</summary>
public sealed class InjectionTests(FilterAgreementTests.ThingDatabase database) : IClassFixture<FilterAgreementTests.ThingDatabase>
{
    public static TheoryData<string> HostileValues => new(
        "' OR '1'='1",
        "'; DROP TABLE fc_things; --",
        "\"; DROP TABLE fc_things; --",
        "/* comment */ 1=1",
        "-- everything after is a comment",
        "$1",
        "$$; SELECT pg_sleep(10); $$",
        "\\'; SELECT 1; --",
        "eq",
        "OR",
        "%_%",
        "ＤＲＯＰ ＴＡＢＬＥ",
        "\u2019; DROP TABLE fc_things; --",
        "🙂' OR 'a'='a",
        new string('x', 100_000),
        "Alpha') OR ('1'='1");

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task Hostile_values_reach_postgres_only_as_parameters(string value)
    {
        var sql = Compile(value, out var bound);

        // The statement text does not depend on the value at all: the same as for a harmless one.
        Assert.Equal(Compile("harmless", out _), sql);
        var ids = await database.IdsAsync(bound);
        Assert.Equal(["t01", "t06", "t07"], ids);
    }

    private static string Compile(string value, out BoundFilter bound)
    {
        var filter = new OrFilter([
            new FieldFilter("name", FilterOperator.Eq, value),
            new FieldFilter("name", FilterOperator.IContains, value),
            new FieldFilter("name", FilterOperator.StartsWith, value),
            new FieldFilter("status", FilterOperator.In, new object?[] { "draft" }),
            new FieldFilter("data", FilterOperator.HasKey, value),
            new FieldFilter("data", FilterOperator.Contains, ValueMap.Of((value, value))),
            new FieldFilter("tagIds", FilterOperator.ContainsAny, new[] { value }),
        ]);
        bound = FilterBinder.Bind(filter, FilterAgreementTests.ThingDatabase.Entity);
        return SqlFilterCompiler.Compile(bound, FilterAgreementTests.ThingDatabase.Entity, new SqlParameters());
    }

    [Theory]
    [InlineData("name; DROP TABLE fc_things")]
    [InlineData("name\" = '' OR \"name")]
    [InlineData("organization_id")]
    [InlineData("cost.amount; --")]
    [InlineData("data->>'x'")]
    [InlineData("")]
    public void Field_names_outside_the_schema_are_refused_before_any_sql(string field)
    {
        var error = Assert.Throws<ValidationError>(() => FilterBinder.Bind(new FieldFilter(field, FilterOperator.Eq, "x"), FilterAgreementTests.ThingDatabase.Entity));

        Assert.Equal("unknownField", Assert.Single(error.Failures).Rule);
    }

    [Fact]
    public void Operator_names_given_as_values_are_just_values()
    {
        var bound = (BoundCondition)FilterBinder.Bind(new FieldFilter("name", FilterOperator.Eq, "isNull"), FilterAgreementTests.ThingDatabase.Entity);
        var parameters = new SqlParameters();

        Assert.Equal("name = $1", SqlFilterCompiler.Compile(bound, FilterAgreementTests.ThingDatabase.Entity, parameters));
        Assert.Equal("isNull", parameters.All.Single().Value);
    }

    [Fact]
    public void Regex_patterns_outside_the_subset_or_too_long_are_refused()
    {
        foreach (var pattern in new[] { "(a+)+\\1", "(?i)abc", "a*?", new string('a', RegexSubset.MaxLength + 1), "[[:alpha:]]", "\\bword" })
        {
            var error = Assert.Throws<ValidationError>(() => FilterBinder.Bind(new FieldFilter("name", FilterOperator.Matches, pattern), FilterAgreementTests.ThingDatabase.Entity));
            Assert.Equal("where.name.matches", Assert.Single(error.Failures).Field);
        }
    }
}
