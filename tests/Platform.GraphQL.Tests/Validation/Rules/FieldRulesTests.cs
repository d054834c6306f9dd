using Platform.GraphQL.Validation.Rules;
using static Platform.GraphQL.Tests.Validation.ValidationHarness;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Spec § 5.3: fields.</summary>
public sealed class FieldRulesTests
{
    [Fact]
    public void FieldSelections_SpecExamples()
    {
        ExpectValid<FieldSelectionsRule>("fragment interfaceFieldSelection on Pet { name } fragment inDirectFieldSelectionOnUnion on CatOrDog { __typename ... on Pet { name } ... on Dog { barkVolume } } { dog { ...interfaceFieldSelection } catOrDog { ...inDirectFieldSelectionOnUnion } }");
        ExpectErrors<FieldSelectionsRule>("fragment fieldNotDefined on Dog { meowVolume }", "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (1:35)");
        ExpectErrors<FieldSelectionsRule>("fragment definedOnImplementersButNotInterface on Pet { nickname }", "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (1:56)");
        ExpectErrors<FieldSelectionsRule>("fragment directFieldSelectionOnUnion on CatOrDog { directField }", "Cannot query field \"directField\" on type \"CatOrDog\". (1:52)");
    }

    [Fact]
    public void LeafFieldSelections_SpecExamples()
    {
        ExpectValid<LeafFieldSelectionsRule>("fragment scalarSelection on Dog { barkVolume }");
        ExpectErrors<LeafFieldSelectionsRule>("fragment scalarSelectionsNotAllowedOnInt on Dog { barkVolume { sinceWhen } }", "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. (1:62)");
        ExpectErrors<LeafFieldSelectionsRule>("query directQueryOnObjectWithoutSubFields { human }", "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? (1:45)");
        ExpectErrors<LeafFieldSelectionsRule>("query directQueryOnUnionWithoutSubFields { catOrDog }", "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? (1:44)");
    }

    [Fact]
    public void FieldSelectionMerging_SpecExamples()
    {
        ExpectValid<FieldSelectionMergingRule>("fragment mergeIdenticalFields on Dog { name name } fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }");
        ExpectErrors<FieldSelectionMergingRule>("fragment conflictingBecauseAlias on Dog { name: nickname name }", "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:43)");
        ExpectValid<FieldSelectionMergingRule>("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }");
        ExpectErrors<FieldSelectionMergingRule>("fragment conflictingArgsOnValues on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:43)");
        ExpectValid<FieldSelectionMergingRule>("fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }");
        ExpectErrors<FieldSelectionMergingRule>("fragment conflictingDifferingResponses on Pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } }", "Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. (1:62)");
    }

    [Fact]
    public void FieldSelectionMerging_NestedConflictsNameEverySubfield() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { owner { name } } dog { owner { name: pets { name } } } }",
            "Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3)");

    [Fact]
    public void FieldSelectionMerging_ThroughFragments()
    {
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:43)");
    }

    [Fact]
    public void FieldSelectionMerging_ManyIdenticalFields_AreOneField()
    {
        // How the rule's time grows with such documents is measured in bench/ (FieldMergingBenchmarks).
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("name owner { name pets { name } } ", 500)) + "} }";

        ExpectValid<FieldSelectionMergingRule>(document);
        ExpectErrors<FieldSelectionMergingRule>(
            document[..^3] + "name: nickname } }",
            "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9)");
    }

    [Fact]
    public void FieldSelectionMerging_IdenticalFragments_ReportAConflictInsideEachOnce() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { ...A ...B } } fragment A on Dog { x: name x: nickname } fragment B on Dog { x: name x: nickname }",
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:43)",
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:85)");

    [Fact]
    public void FieldSelectionMerging_FragmentsThatDiffer_AreStillCompared() =>
        ExpectErrors<FieldSelectionMergingRule>(
            "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:43)");
}
