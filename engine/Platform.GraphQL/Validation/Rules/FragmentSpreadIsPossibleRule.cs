using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each spread (named or inline) defined in the document: Let fragment be the target of spread. Let fragmentType be the type condition of fragment. Let parentType be the type of the selection set containing spread. Let applicableTypes be the intersection of GetPossibleTypes(fragmentType) and GetPossibleTypes(parentType). applicableTypes must not be empty."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        var parentType = context.TypeInfo.ParentType;
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: not null } when context.TypeInfo.Type?.Named is { } fragmentType && parentType is not null && TypeInfo.IsComposite(fragmentType) && !Overlap(context.Schema, fragmentType, parentType):
                context.Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
                break;
            case FragmentSpreadNode spread when context.GetFragment(spread.Name.Value) is { } fragment && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } spreadType && parentType is not null && TypeInfo.IsComposite(spreadType) && !Overlap(context.Schema, spreadType, parentType):
                context.Report($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{spreadType.Name}\".", node);
                break;
        }
    }

    // graphql-js doTypesOverlap.
    private static bool Overlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b) || a.Name == b.Name)
        {
            return true;
        }

        if (a is InterfaceType or UnionType)
        {
            return b is InterfaceType or UnionType
                ? schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t))
                : schema.IsSubType(a, b);
        }

        return b is InterfaceType or UnionType && schema.IsSubType(b, a);
    }
}
