using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Validation;

/// <summary>The spec's validation rules (§ 5), in graphql-js's <c>specifiedRules</c> order.</summary>
public static class SpecifiedRules
{
    /// <summary>Every rule, as a factory (rules keep state for one document).</summary>
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        // Spec: "Executable Definitions"
        () => new ExecutableDefinitionsRule(),

        // Spec: "Operation Name Uniqueness"
        () => new OperationNameUniquenessRule(),

        // Spec: "Lone Anonymous Operation"
        () => new LoneAnonymousOperationRule(),

        // Spec: "Single Root Field"
        () => new SingleRootFieldRule(),

        // Spec: "Fragment Spread Type Existence" (every named type, as graphql-js KnownTypeNames)
        () => new FragmentSpreadTypeExistenceRule(),

        // Spec: "Fragments On Composite Types"
        () => new FragmentsOnCompositeTypesRule(),

        // Spec: "Variables Are Input Types"
        () => new VariablesAreInputTypesRule(),

        // Spec: "Leaf Field Selections"
        () => new LeafFieldSelectionsRule(),

        // Spec: "Field Selections"
        () => new FieldSelectionsRule(),

        // Spec: "Fragment Name Uniqueness"
        () => new FragmentNameUniquenessRule(),

        // Spec: "Fragment Spread Target Defined"
        () => new FragmentSpreadTargetDefinedRule(),

        // Spec: "Fragments Must Be Used"
        () => new FragmentsMustBeUsedRule(),

        // Spec: "Fragment Spread Is Possible"
        () => new FragmentSpreadIsPossibleRule(),

        // Spec: "Fragment Spreads Must Not Form Cycles"
        () => new FragmentSpreadsMustNotFormCyclesRule(),

        // Spec: "Variable Uniqueness"
        () => new VariableUniquenessRule(),

        // Spec: "All Variable Uses Defined"
        () => new AllVariableUsesDefinedRule(),

        // Spec: "All Variables Used"
        () => new AllVariablesUsedRule(),

        // Spec: "Directives Are Defined"
        () => new DirectivesAreDefinedRule(),

        // Spec: "Directives Are in Valid Locations"
        () => new DirectivesAreInValidLocationsRule(),

        // Spec: "Directives Are Unique per Location"
        () => new DirectivesAreUniquePerLocationRule(),

        // Spec: "Argument Names"
        () => new ArgumentNamesRule(),

        // Spec: "Argument Uniqueness"
        () => new ArgumentUniquenessRule(),

        // Spec: "Values of Correct Type" (with "Input Object Field Names" and "Input Object Required Fields")
        () => new ValuesOfCorrectTypeRule(),

        // Spec: "Required Arguments"
        () => new RequiredArgumentsRule(),

        // Spec: "All Variable Usages Are Allowed"
        () => new AllVariableUsagesAreAllowedRule(),

        // Spec: "Field Selection Merging"
        () => new FieldSelectionMergingRule(),

        // Spec: "Input Object Field Uniqueness"
        () => new InputObjectFieldUniquenessRule(),
    ];
}
