using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each subscription operation definition subscription in the document: … Let groupedFieldSet be the result of CollectFields(subscriptionType, selectionSet, variableValues). groupedFieldSet must have exactly one entry, which must not be an introspection field."
/// https://spec.graphql.org/September2025/#sec-Single-Root-Field
/// </summary>
public sealed class SingleRootFieldRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation || context.Schema.Subscription is null)
        {
            return;
        }

        var fields = new List<(string Key, FieldNode Node)>();
        Collect(context, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var name = operation.Name is { } n ? $"Subscription \"{n.Value}\"" : "Anonymous Subscription";
        var keys = fields.Select(f => f.Key).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > 1)
        {
            context.Report($"{name} must select only one top level field.", [.. fields.Where(f => f.Key != keys[0]).Select(f => (SyntaxNode)f.Node)]);
        }

        foreach (var (_, field) in fields.Where(f => f.Node.Name.Value.StartsWith("__", StringComparison.Ordinal)))
        {
            context.Report($"{name} must not select an introspection top level field.", field);
        }
    }

    // Like the executor's CollectFields, without variable values: @skip/@include are not evaluated here.
    private static void Collect(ValidationContext context, SelectionSetNode selectionSet, List<(string, FieldNode)> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add((field.Alias?.Value ?? field.Name.Value, field));
                    break;
                case InlineFragmentNode inline:
                    Collect(context, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment:
                    Collect(context, fragment.SelectionSet, fields, visited);
                    break;
            }
        }
    }
}
