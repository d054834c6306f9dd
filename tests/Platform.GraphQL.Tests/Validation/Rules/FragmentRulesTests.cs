using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Spec § 5.5: fragments.</summary>
public sealed class FragmentRulesTests
{
    [Fact]
    public void FragmentNameUniqueness() =>
        ExpectErrors<FragmentNameUniquenessRule>("{ dog { ...fragmentOne } } fragment fragmentOne on Dog { name } fragment fragmentOne on Dog { owner { name } }", "There can be only one fragment named \"fragmentOne\". (1:37)");

    [Fact]
    public void FragmentSpreadTypeExistence_SpecExamples()
    {
        ExpectValid<FragmentSpreadTypeExistenceRule>("fragment correctType on Dog { name } fragment inlineFragment on Dog { ... on Dog { name } } fragment inlineFragment2 on Dog { ... @include(if: true) { name } }");
        ExpectErrors<FragmentSpreadTypeExistenceRule>("fragment notOnExistingType on NotInSchema { name } fragment inlineNotExistingType on Dog { ... on NotInSchema { name } }", "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (1:31)", "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (1:99)");
        ExpectErrors<FragmentSpreadTypeExistenceRule>("query ($x: Dgo) { dog { name } }", "Unknown type \"Dgo\". Did you mean \"Dog\"? (1:12)");
    }

    [Fact]
    public void FragmentsOnCompositeTypes_SpecExamples()
    {
        ExpectValid<FragmentsOnCompositeTypesRule>("fragment fragOnObject on Dog { name } fragment fragOnInterface on Pet { name } fragment fragOnUnion on CatOrDog { ... on Dog { name } }");
        ExpectErrors<FragmentsOnCompositeTypesRule>("fragment fragOnScalar on Int { something } fragment inlineFragOnScalar on Dog { ... on Boolean { somethingElse } }", "Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\". (1:26)", "Fragment cannot condition on non composite type \"Boolean\". (1:88)");
    }

    [Fact]
    public void FragmentsMustBeUsed() =>
        ExpectErrors<FragmentsMustBeUsedRule>("fragment nameFragment on Dog { name } { dog { name } }", "Fragment \"nameFragment\" is never used. (1:1)");

    [Fact]
    public void FragmentSpreadTargetDefined() =>
        ExpectErrors<FragmentSpreadTargetDefinedRule>("{ dog { ...undefinedFragment } }", "Unknown fragment \"undefinedFragment\". (1:12)");

    [Fact]
    public void FragmentSpreadsMustNotFormCycles_SpecExamples()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCyclesRule>(
            "{ dog { ...nameFragment } } fragment nameFragment on Dog { name ...barkVolumeFragment } fragment barkVolumeFragment on Dog { barkVolume ...nameFragment }",
            "Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\". (1:65, )".Replace(", )", ")", StringComparison.Ordinal));
        ExpectErrors<FragmentSpreadsMustNotFormCyclesRule>("fragment self on Dog { ...self }", "Cannot spread fragment \"self\" within itself. (1:24)");
    }

    [Fact]
    public void FragmentSpreadIsPossible_SpecExamples()
    {
        ExpectValid<FragmentSpreadIsPossibleRule>("fragment dogFragment on Dog { ... on Dog { barkVolume } } fragment petNameFragment on Pet { name } fragment interfaceWithinObjectFragment on Dog { ...petNameFragment } fragment catOrDogNameFragment on CatOrDog { ... on Cat { meowVolume } } fragment unionWithObjectFragment on Dog { ...catOrDogNameFragment }");
        ExpectErrors<FragmentSpreadIsPossibleRule>("fragment catInDogFragmentInvalid on Dog { ... on Cat { meowVolume } }", "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (1:43)");
        ExpectErrors<FragmentSpreadIsPossibleRule>("fragment sentientFragment on Sentient { ... on Dog { barkVolume } }", "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\". (1:41)");
        ExpectErrors<FragmentSpreadIsPossibleRule>("fragment humanOrAlienFragment on HumanOrAlien { ... on Cat { meowVolume } }", "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\". (1:49)");
        ExpectErrors<FragmentSpreadIsPossibleRule>("fragment nonIntersectingInterfaces on Pet { ...sentientFragment } fragment sentientFragment on Sentient { name }", "Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\". (1:45)");
    }
}
