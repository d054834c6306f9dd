using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each fragment defined in the document: The target type of fragment must have kind UNION, INTERFACE, or OBJECT."
/// https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when context.Schema.GetType(condition.Name.Value) is { } type && !TypeInfo.IsComposite(type):
                context.Report($"Fragment cannot condition on non composite type \"{SyntaxPrinter.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment when context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType && !TypeInfo.IsComposite(fragmentType):
                context.Report($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{SyntaxPrinter.Print(fragment.TypeCondition)}\".", fragment.TypeCondition);
                break;
        }
    }
}
