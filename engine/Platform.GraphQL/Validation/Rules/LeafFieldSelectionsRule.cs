using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each selection in the document: Let selectionType be the unwrapped result type of selection. If selectionType is a scalar or enum: The subselection set of that selection must be empty. If selectionType is an interface, union, or object: The subselection set of that selection must not be empty."
/// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
public sealed class LeafFieldSelectionsRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var named = type.Named;
        if (named is ScalarType or EnumType)
        {
            if (field.SelectionSet is not null)
            {
                context.Report($"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.Report($"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?", field);
        }
    }
}
