using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Spec § 5.4: arguments.</summary>
public sealed class ArgumentRulesTests
{
    [Fact]
    public void ArgumentNames_SpecExamples()
    {
        ExpectValid<ArgumentNamesRule>("fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) } fragment argOnOptional on Dog { isHouseTrainedIn(atOtherHomes: true) @include(if: true) }");
        ExpectErrors<ArgumentNamesRule>("fragment invalidArgName on Dog { doesKnowCommand(command: CLEAN_UP_HOUSE) }", "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (1:50)");
        ExpectErrors<ArgumentNamesRule>("fragment invalidArgName on Dog { isHouseTrainedIn(atOtherHomes: true) @include(unless: false) }", "Unknown argument \"unless\" on directive \"@include\". (1:80)");
    }

    [Fact]
    public void ArgumentUniqueness() =>
        ExpectErrors<ArgumentUniquenessRule>("{ dog { doesKnowCommand(dogCommand: SIT, dogCommand: SIT) } }", "There can be only one argument named \"dogCommand\". (1:25)");

    [Fact]
    public void RequiredArguments_SpecExamples()
    {
        ExpectValid<RequiredArgumentsRule>("fragment goodBooleanArg on Arguments { booleanArgField(booleanArg: true) } fragment goodNonNullArg on Arguments { nonNullBooleanArgField(nonNullBooleanArg: true) } fragment goodBooleanArgDefault on Arguments { booleanArgField } fragment defaulted on Arguments { optionalNonNullBooleanArgField }");
        ExpectErrors<RequiredArgumentsRule>("fragment missingRequiredArg on Arguments { nonNullBooleanArgField }", "Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided. (1:44)");
        ExpectErrors<RequiredArgumentsRule>("{ dog { name @include } }", "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (1:14)");
    }
}
