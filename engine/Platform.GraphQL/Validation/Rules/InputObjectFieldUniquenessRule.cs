using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each input object value inputObject in the document: For every inputField in inputObject: Let name be the Name of inputField. Let fields be all Input Object Fields named name in inputObject. fields must be the set containing only inputField."
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
/// </summary>
public sealed class InputObjectFieldUniquenessRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not ObjectValueNode value)
        {
            return;
        }

        foreach (var group in value.Fields.GroupBy(f => f.Name.Value).Where(g => g.Count() > 1))
        {
            context.Report($"There can be only one input field named \"{group.Key}\".", [.. group.Select(f => (SyntaxNode)f.Name)]);
        }
    }
}
