using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each operation in document: Let variableUsages be all usages transitively included in the operation. For each variableUsage in variableUsages: … IsVariableUsageAllowed(variableDefinition, variableUsage) must be true."
/// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : OperationVariableUsagesRule
{
    /// <inheritdoc />
    protected override void Check(OperationDefinitionNode operation, IReadOnlyList<VariableUsage> usages, ValidationContext context)
    {
        var definitions = operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            if (!definitions.TryGetValue(usage.Node.Name.Value, out var definition) || usage.Type is null || context.TypeInfo.TypeFromAst(definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                context.Report($"Variable \"${usage.Node.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }

            // September 2025: the one field of a OneOf input object can never be null, so neither can a variable there.
            if ((usage.ParentInputType is NonNullType parent ? parent.OfType : usage.ParentInputType) is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.Report($"Variable \"${usage.Node.Name.Value}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
    }

    // Spec "IsVariableUsageAllowed": a nullable variable may flow into a non-null position only when a default covers it.
    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullDefault = (variableDefault is not null and not NullValueNode) || locationDefault is not null;
            return hasNonNullDefault && IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return IsTypeSubTypeOf(schema, variableType, locationType);
    }

    private static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSub, GraphQLType super) => (maybeSub, super) switch
    {
        _ when maybeSub.IsEqualTo(super) => true,
        (NonNullType a, NonNullType b) => IsTypeSubTypeOf(schema, a.OfType, b.OfType),
        (NonNullType a, _) => IsTypeSubTypeOf(schema, a.OfType, super),
        (_, NonNullType) => false,
        (ListType a, ListType b) => IsTypeSubTypeOf(schema, a.OfType, b.OfType),
        _ => false,
    };
}
