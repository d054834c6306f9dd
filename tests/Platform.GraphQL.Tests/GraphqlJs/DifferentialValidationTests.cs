using System.Text.Json;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Validation;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.GraphqlJs;

/// <summary>
/// The same documents through graphql-js 16's parse + validate and through ours, against the spec's
/// example schema: the same errors (message and locations) must come out, valid documents included.
/// </summary>
public sealed class DifferentialValidationTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static readonly string[] Documents =
    [
        // Valid documents, from simple to every construct at once.
        "{ dog { name } }",
        "query Q($v: Boolean = true) { dog { name @include(if: $v) ...F } } fragment F on Dog { barkVolume owner { name } }",
        "{ pet { ... on Dog { barkVolume } ... on Cat { meowVolume } name } catOrDog { __typename ... on Cat { nickname } } }",
        "query ($x: Int!, $y: Int!) { arguments { multipleRequirements(x: $x, y: $y) } }",
        "subscription S { newMessage { body sender } }",
        "mutation { mutateDog { name } }",
        "{ findDog(searchBy: { name: \"Rex\" }) { name } }",
        "{ arguments { complexArgField(complexArg: { requiredField: true, nested: { requiredField: false, intField: 3 } }) } }",

        // Syntax errors.
        "{ dog { name }",
        "query { dog(: 1) }",
        "{ dog { name @ } }",
        "\"unterminated",

        // Executable definitions, operations.
        "{ dog { name } } type Extra { a: Int }",
        "query A { dog { name } } query A { human { name } }",
        "{ dog { name } } query Named { dog { name } }",
        "subscription Two { newMessage { body } disallowedSecondRootField }",
        "subscription { ...Spread } fragment Spread on Subscription { newMessage { body } newMessage { sender } }",

        // Fields.
        "{ dog { meowVolume } }",
        "{ dog { name kawVolume: barkVolumee } }",
        "{ pet { barkVolume } }",
        "{ catOrDog { name } }",
        "{ dog }",
        "{ dog { name { length } } }",
        "{ human { pets } }",
        "{ dog { name: nickname name } }",
        "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
        "{ pet { ... on Dog { name: nickname } ... on Cat { name } } }",
        "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }",

        // Arguments.
        "{ dog { doesKnowCommand(command: CLEAN_UP_HOUSE) } }",
        "{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: DOWN) } }",
        "{ dog { doesKnowCommand } }",
        "{ arguments { multipleRequirements(x: 1) } }",
        "{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }",
        "{ dog { name @include } }",

        // Fragments.
        "{ dog { ...F ...F } } fragment F on Dog { name } fragment F on Dog { nickname }",
        "{ dog { ...Missing } }",
        "{ dog { ...F } } fragment F on NotAType { name }",
        "{ dog { ... on Query { dog { name } } } }",
        "{ dog { name } } fragment F on Int { something }",
        "{ dog { name } } fragment Unused on Dog { name }",
        "{ dog { ...F } } fragment F on Dog { ...G } fragment G on Dog { ...F }",
        "{ dog { ...F } } fragment F on Dog { ... on Cat { meowVolume } }",
        "{ catOrDog { ... on Human { name } } }",
        "{ dog { ...Self } } fragment Self on Dog { name ...Self }",

        // Values.
        "{ arguments { intArgField(intArg: \"3\") } }",
        "{ arguments { intArgField(intArg: 2147483648) } }",
        "{ arguments { floatArgField(floatArg: true) } }",
        "{ dog { doesKnowCommand(dogCommand: sit) } }",
        "{ arguments { complexArgField(complexArg: { intField: 4 }) } }",
        "{ arguments { complexArgField(complexArg: { requiredField: true, favoriteCookieFlavor: \"Bacon\" }) } }",
        "{ arguments { complexArgField(complexArg: { requiredField: true, requiredField: false }) } }",
        "{ findDog(searchBy: { name: \"Rex\", owner: \"Ann\" }) { name } }",
        "{ findDog(searchBy: { name: null }) { name } }",
        "{ booleanList(booleanListArg: [true, 1]) }",

        // Directives.
        "{ dog { name @unknown } }",
        "query @onField { dog { name } }",
        "{ dog { name @onField @onField } }",
        "{ dog { name @repeatable @repeatable } }",
        "{ dog { name @skip(if: true) @skip(if: false) } }",

        // Variables.
        "query ($a: Int, $a: Int) { arguments { intArgField(intArg: $a) } }",
        "query ($dog: Dog) { dog { name } }",
        "query ($v: Int) { dog { name } }",
        "{ arguments { intArgField(intArg: $undefined) } }",
        "query ($b: Int) { arguments { booleanArgField(booleanArg: $b) } }",
        "query ($b: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
        "query ($b: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $b) } }",
        "query ($list: [Boolean!]) { booleanList(booleanListArg: $list) }",
        "query ($flag: Boolean) { dog { ...F } } fragment F on Dog { name @include(if: $flag) isHouseTrainedIn(atOtherHomes: $missing) }",
        "query ($name: String) { findDog(searchBy: { name: $name }) { name } }",
        "query ($x: Int = \"one\") { arguments { intArgField(intArg: $x) } }",
    ];

    [Fact]
    public async Task OurValidation_ReportsWhatGraphqlJsReports()
    {
        var input = JsonSerializer.Serialize(new { sdl = ValidationHarness.Sdl, documents = Documents });
        var theirs = JsonSerializer.Deserialize<List<List<JsError>>>(await GraphqlJs.RunAsync("validate", input), WebJson)!;

        var mismatches = new List<string>();
        for (var i = 0; i < Documents.Length; i++)
        {
            var expected = theirs[i].Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).Order(StringComparer.Ordinal).ToList();
            var actual = Ours(Documents[i]).Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{Documents[i]}\n  graphql-js: {string.Join("\n              ", expected)}\n  ours:       {string.Join("\n              ", actual)}");
            }
        }

        Assert.True(theirs.Count(e => e.Count > 0) > 50, "the corpus should mostly hold invalid documents");
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static IReadOnlyList<GraphQLError> Ours(string text)
    {
        try
        {
            return DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(text));
        }
        catch (GraphQLSyntaxException syntax)
        {
            return syntax.Errors;
        }
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        $"{message} @ {string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}"))}";

    private sealed record JsError(string Message, List<JsLocation> Locations);

    private sealed record JsLocation(int Line, int Column);
}
