using Platform.GraphQL.Errors;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>The graphql-cats scenarios whose action is <c>parse</c>.</summary>
public sealed class CatsParsingTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var test in CatsScenarios.Load("parse"))
        {
            data.Add(test.File, test.Name);
        }

        return data;
    }

    [Fact]
    public void TheSuite_HasParsingScenarios() =>
        Assert.True(CatsScenarios.Load("parse").Count() >= 15);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scenario(string file, string name)
    {
        var test = CatsScenarios.Load("parse").Single(c => c.File == file && c.Name == name);
        GraphQLSyntaxException? error = null;
        try
        {
            Parser.Parse(test.Query);
        }
        catch (GraphQLSyntaxException exception)
        {
            error = exception;
        }

        foreach (var (key, value) in test.Assertions)
        {
            switch (key)
            {
                case "passes":
                    Assert.True(error is null, $"expected to parse, got: {error?.Message}");
                    break;
                case "syntax-error":
                    Assert.NotNull(error);
                    break;
                default:
                    Assert.Fail($"Unknown parse assertion '{key}' in {test}.");
                    break;
            }
        }
    }
}
