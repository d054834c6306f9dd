using System.Globalization;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// The graphql-cats scenarios whose action is <c>validate</c>. Their messages use older graphql-js
/// wording, so errors are matched by count and location, and each expected argument value (field
/// name, type…) must appear in our message.
/// </summary>
public sealed class CatsValidationTests
{
    private static readonly Dictionary<string, Func<ValidationRule>[]> RulesByGraphqlJsName = new(StringComparer.Ordinal)
    {
        ["ScalarLeafs"] = [() => new LeafFieldSelectionsRule()],
        ["FieldsOnCorrectType"] = [() => new FieldSelectionsRule()],
        ["FragmentsOnCompositeTypes"] = [() => new FragmentsOnCompositeTypesRule()],
        ["KnownArgumentNames"] = [() => new ArgumentNamesRule()],
        ["KnownDirectives"] = [() => new DirectivesAreDefinedRule(), () => new DirectivesAreInValidLocationsRule()],
        ["ExecutableDefinitions"] = [() => new ExecutableDefinitionsRule()],
    };

    // graphql-js 16 reports these at a child node on the same line (the selection set) where the
    // suite's older graphql-js used the field; we keep today's behaviour and compare the line only.
    private static readonly HashSet<string> MovedToChildNode = new(StringComparer.Ordinal) { "noSubselectionAllowed" };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var test in CatsScenarios.Load("validate"))
        {
            data.Add(test.File, test.Name);
        }

        return data;
    }

    [Fact]
    public void TheSuite_HasValidationScenarios() =>
        Assert.True(CatsScenarios.Load("validate").Count() >= 50);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string file, string name)
    {
        var test = CatsScenarios.Load("validate").Single(c => c.File == file && c.Name == name);
        var schema = new SchemaBuilder().AddTypeDefinitions(test.Schema!).Build();
        var ruleNames = ((List<object?>)test.When["validate"]!).Cast<string>().ToList();
        var rules = ruleNames.SelectMany(r => RulesByGraphqlJsName.TryGetValue(r, out var mapped) ? mapped : throw new InvalidOperationException($"No rule mapped for graphql-js {r}.")).ToList();

        var errors = DocumentValidator.Validate(schema, Parser.Parse(test.Query), rules);

        foreach (var entry in test.AssertionEntries)
        {
            if (entry.ContainsKey("passes"))
            {
                Assert.Empty(errors);
            }

            if (entry.TryGetValue("error-count", out var count))
            {
                Assert.Equal(int.Parse((string)count!, CultureInfo.InvariantCulture), errors.Count);
            }

            if (entry.TryGetValue("error-code", out var code))
            {
                var locations = (entry.GetValueOrDefault("loc") switch
                {
                    Dictionary<string, object?> single => [single],
                    List<object?> list => list.Cast<Dictionary<string, object?>>().ToList(),
                    _ => [],
                }).Select(l => (int.Parse((string)l["line"]!, CultureInfo.InvariantCulture), int.Parse((string)l["column"]!, CultureInfo.InvariantCulture))).ToList();
                var arguments = (entry.GetValueOrDefault("args") as Dictionary<string, object?>)?.Values.OfType<string>().ToList() ?? [];
                var lineOnly = MovedToChildNode.Contains((string)code!);
                Assert.True(
                    errors.Any(e => locations.All(l => e.Locations.Any(el => lineOnly ? el.Line == l.Item1 : (el.Line, el.Column) == l)) && arguments.All(a => e.Message.Contains(a, StringComparison.Ordinal))),
                    $"{test}: no error for {code} at {string.Join(", ", locations)} mentioning {string.Join(", ", arguments)}. Got: {string.Join(" | ", errors)}");
            }
        }
    }
}
