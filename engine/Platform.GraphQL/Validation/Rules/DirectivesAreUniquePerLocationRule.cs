using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For every location in the document for which Directives can apply: Let directives be the set of Directives which apply to location and are not repeatable. For each directive in directives: Let directiveName be the name of directive. Let namedDirectives be the set of all Directives named directiveName in directives. namedDirectives must be a set of one."
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        var directives = node switch
        {
            OperationDefinitionNode n => n.Directives,
            FieldNode n => n.Directives,
            FragmentSpreadNode n => n.Directives,
            InlineFragmentNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            _ => null,
        };
        if (directives is null)
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            if (context.Schema.GetDirective(directive.Name.Value) is { IsRepeatable: true })
            {
                continue;
            }

            if (seen.TryGetValue(directive.Name.Value, out var first))
            {
                context.Report($"The directive \"@{directive.Name.Value}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[directive.Name.Value] = directive;
            }
        }
    }
}
