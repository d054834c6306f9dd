using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Spec § 5.6–5.7: values and directives.</summary>
public sealed class ValueAndDirectiveRulesTests
{
    [Fact]
    public void ValuesOfCorrectType_SpecExamples()
    {
        ExpectValid<ValuesOfCorrectTypeRule>("fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) } fragment coercedIntIntoFloatArg on Arguments { floatArgField(floatArg: 123) } query goodComplexDefaultValue($search: FindDogInput = { name: \"Fido\" }) { findDog(searchBy: $search) { name } }");
        ExpectErrors<ValuesOfCorrectTypeRule>("fragment stringIntoInt on Arguments { intArgField(intArg: \"123\") }", "Int cannot represent non-integer value: \"123\" (1:59)");
        ExpectErrors<ValuesOfCorrectTypeRule>("query badComplexValue { findDog(searchBy: { name: 123 }) { name } }", "String cannot represent a non string value: 123 (1:51)");
        ExpectErrors<ValuesOfCorrectTypeRule>("{ dog { doesKnowCommand(dogCommand: SITT) } }", "Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? (1:37)");
        ExpectErrors<ValuesOfCorrectTypeRule>("{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }", "Expected value of type \"Boolean!\", found null. (1:57)");
    }

    [Fact]
    public void InputObjectFieldNames_AndRequiredFields()
    {
        ExpectErrors<ValuesOfCorrectTypeRule>("{ arguments { complexArgField(complexArg: { requiredField: true, favoriteCookieFlavor: \"Bacon\" }) } }", "Field \"favoriteCookieFlavor\" is not defined by type \"ComplexInput\". (1:66)");
        ExpectErrors<ValuesOfCorrectTypeRule>("{ arguments { complexArgField(complexArg: { intField: 4 }) } }", "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. (1:43)");
    }

    [Fact]
    public void OneOfInputObjects()
    {
        ExpectErrors<ValuesOfCorrectTypeRule>("{ findDog(searchBy: { name: \"a\", owner: \"b\" }) { name } }", "OneOf Input Object \"FindDogInput\" must specify exactly one key. (1:21)");
        ExpectErrors<ValuesOfCorrectTypeRule>("{ findDog(searchBy: { name: null }) { name } }", "Field \"FindDogInput.name\" must be non-null. (1:21)");
        ExpectValid<ValuesOfCorrectTypeRule>("query ($n: String) { findDog(searchBy: { name: $n }) { name } }");
        ExpectErrors<AllVariableUsagesAreAllowedRule>("query ($n: String) { findDog(searchBy: { name: $n }) { name } }", "Variable \"$n\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"FindDogInput\". (1:8)");
        ExpectValid<AllVariableUsagesAreAllowedRule>("query ($n: String!) { findDog(searchBy: { name: $n }) { name } }");
    }

    [Fact]
    public void InputObjectFieldUniqueness() =>
        ExpectErrors<InputObjectFieldUniquenessRule>("{ arguments { complexArgField(complexArg: { requiredField: true, requiredField: true }) } }", "There can be only one input field named \"requiredField\". (1:45)");

    [Fact]
    public void Directives_DefinedInValidLocationsAndUnique()
    {
        ExpectErrors<DirectivesAreDefinedRule>("{ dog { name @unknown } }", "Unknown directive \"@unknown\". (1:14)");
        ExpectErrors<DirectivesAreInValidLocationsRule>("query @onField { dog { name } }", "Directive \"@onField\" may not be used on QUERY. (1:7)");
        ExpectErrors<DirectivesAreUniquePerLocationRule>("{ dog { name @onField @onField @repeatable @repeatable } }", "The directive \"@onField\" can only be used once at this location. (1:14)");
    }
}
