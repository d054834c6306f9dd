using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Spec § 5.8: variables.</summary>
public sealed class VariableRulesTests
{
    [Fact]
    public void VariableUniqueness() =>
        ExpectErrors<VariableUniquenessRule>("query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) { dog { isHouseTrainedIn(atOtherHomes: $atOtherHomes) } }", "There can be only one variable named \"$atOtherHomes\". (1:26)");

    [Fact]
    public void VariablesAreInputTypes_SpecExamples()
    {
        ExpectValid<VariablesAreInputTypesRule>("query takesBoolean($atOtherHomes: Boolean) { dog { name } } query takesComplexInput($search: FindDogInput) { dog { name } } query TakesListOfBooleanBang($booleans: [Boolean!]) { dog { name } }");
        ExpectErrors<VariablesAreInputTypesRule>("query takesCat($cat: Cat) { dog { name } } query takesDogBang($dog: Dog!) { dog { name } } query takesListOfPet($pets: [Pet]) { dog { name } } query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }",
            "Variable \"$cat\" cannot be non-input type \"Cat\". (1:22)",
            "Variable \"$dog\" cannot be non-input type \"Dog!\". (1:69)",
            "Variable \"$pets\" cannot be non-input type \"[Pet]\". (1:120)",
            "Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\". (1:175)");
    }

    [Fact]
    public void AllVariableUsesDefined_IncludingInFragments()
    {
        ExpectValid<AllVariableUsesDefinedRule>("query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } } fragment isHouseTrainedFragment on Dog { isHouseTrainedIn(atOtherHomes: $atOtherHomes) }");
        ExpectErrors<AllVariableUsesDefinedRule>("query variableIsNotDefined { dog { isHouseTrainedIn(atOtherHomes: $atOtherHomes) } }", "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\". (1:67)");
        ExpectErrors<AllVariableUsesDefinedRule>("query housetrainedQueryTwoNotDefined { dog { ...isHouseTrainedFragment } } fragment isHouseTrainedFragment on Dog { isHouseTrainedIn(atOtherHomes: $atOtherHomes) }", "Variable \"$atOtherHomes\" is not defined by operation \"housetrainedQueryTwoNotDefined\". (1:148)");
    }

    [Fact]
    public void AllVariablesUsed()
    {
        ExpectErrors<AllVariablesUsedRule>("query variableUnused($atOtherHomes: Boolean) { dog { isHouseTrainedIn } }", "Variable \"$atOtherHomes\" is never used in operation \"variableUnused\". (1:22)");
        ExpectValid<AllVariablesUsedRule>("query variableUsedInFragment($atOtherHomes: Boolean) { dog { ...f } } fragment f on Dog { isHouseTrainedIn(atOtherHomes: $atOtherHomes) }");
    }

    [Fact]
    public void AllVariableUsagesAreAllowed_SpecExamples()
    {
        ExpectErrors<AllVariableUsagesAreAllowedRule>("query intCannotGoIntoBoolean($intArg: Int) { arguments { booleanArgField(booleanArg: $intArg) } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\". (1:30)");
        ExpectErrors<AllVariableUsagesAreAllowedRule>("query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) { arguments { booleanArgField(booleanArg: $booleanListArg) } }", "Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\". (1:38)");
        ExpectErrors<AllVariableUsagesAreAllowedRule>("query booleanArgQuery($booleanArg: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }", "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:23)");
        ExpectValid<AllVariableUsagesAreAllowedRule>("query nonNullListToList($nonNullBooleanList: [Boolean]!) { arguments { booleanArgField(booleanArg: true) } booleanList(booleanListArg: $nonNullBooleanList) }");
        ExpectValid<AllVariableUsagesAreAllowedRule>("query booleanArgQueryWithDefault($booleanArg: Boolean) { arguments { optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg) } }");
        ExpectValid<AllVariableUsagesAreAllowedRule>("query booleanArgQueryWithDefault($booleanArg: Boolean = true) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $booleanArg) } }");
    }

    [Fact]
    public void AllRules_ValidDocument_HasNoErrors() =>
        Assert.Empty(AllErrors("query Q($cmd: DogCommand! = SIT) { dog { name ...D doesKnowCommand(dogCommand: $cmd) } catOrDog { ... on Cat { meowVolume } } } fragment D on Dog { nickname owner { name } }"));
}
