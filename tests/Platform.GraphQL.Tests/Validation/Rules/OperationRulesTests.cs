using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Spec § 5.1–5.2: documents and operations.</summary>
public sealed class OperationRulesTests
{
    [Fact]
    public void ExecutableDefinitions_TypeSystemDefinitionsAreRejected() =>
        ExpectErrors<ExecutableDefinitionsRule>(
            "query getDogName { dog { name color } }\nextend type Dog { color: String }\nschema { query: Query }",
            "The \"Dog\" definition is not executable. (2:1)",
            "The schema definition is not executable. (3:1)");

    [Fact]
    public void OperationNameUniqueness_SpecExamples()
    {
        ExpectValid<OperationNameUniquenessRule>("query getDogName { dog { name } } query getOwnerName { dog { owner { name } } }");
        ExpectErrors<OperationNameUniquenessRule>(
            "query getName { dog { name } }\nquery getName { dog { owner { name } } }",
            "There can be only one operation named \"getName\". (1:7)");
        ExpectErrors<OperationNameUniquenessRule>("query dogOperation { dog { name } } mutation dogOperation { mutateDog { name } }", "There can be only one operation named \"dogOperation\". (1:7)");
    }

    [Fact]
    public void LoneAnonymousOperation_SpecExamples()
    {
        ExpectValid<LoneAnonymousOperationRule>("{ dog { name } }");
        ExpectErrors<LoneAnonymousOperationRule>("{ dog { name } }\nquery getName { dog { owner { name } } }", "This anonymous operation must be the only defined operation. (1:1)");
    }

    [Fact]
    public void SingleRootField_SpecExamples()
    {
        ExpectValid<SingleRootFieldRule>("subscription sub { newMessage { body sender } }");
        ExpectValid<SingleRootFieldRule>("subscription sub { ...newMessageFields } fragment newMessageFields on Subscription { newMessage { body sender } }");
        ExpectErrors<SingleRootFieldRule>("subscription sub { newMessage { body sender } disallowedSecondRootField }", "Subscription \"sub\" must select only one top level field. (1:47)");
        ExpectErrors<SingleRootFieldRule>("subscription sub { ...multipleSubscriptions } fragment multipleSubscriptions on Subscription { newMessage { body } disallowedSecondRootField }", "Subscription \"sub\" must select only one top level field. (1:116)");
        ExpectErrors<SingleRootFieldRule>("subscription sub { __typename }", "Subscription \"sub\" must not select an introspection top level field. (1:20)");
        ExpectErrors<SingleRootFieldRule>("subscription { newMessage { body } disallowedSecondRootField }", "Anonymous Subscription must select only one top level field. (1:36)");
    }
}
