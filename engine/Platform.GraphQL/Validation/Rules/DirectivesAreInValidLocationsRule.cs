using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For every directive in a document: Let directiveName be the name of directive. Let directiveDefinition be the directive named directiveName. Let locations be the valid locations for directiveDefinition. Let adjacent be the AST node the directive affects. adjacent must be represented by an item within locations."
/// https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations
/// </summary>
public sealed class DirectivesAreInValidLocationsRule : ValidationRule
{
    private readonly Stack<string?> _locations = new();

    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                _locations.Push(operation.Operation.ToString().ToUpperInvariant());
                break;
            case FieldNode:
                _locations.Push("FIELD");
                break;
            case FragmentSpreadNode:
                _locations.Push("FRAGMENT_SPREAD");
                break;
            case InlineFragmentNode:
                _locations.Push("INLINE_FRAGMENT");
                break;
            case FragmentDefinitionNode:
                _locations.Push("FRAGMENT_DEFINITION");
                break;
            case VariableDefinitionNode:
                _locations.Push("VARIABLE_DEFINITION");
                break;
            case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } definition && _locations.TryPeek(out var location) && location is not null && !definition.Locations.Contains(location):
                context.Report($"Directive \"@{directive.Name.Value}\" may not be used on {location}.", directive);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode or FieldNode or FragmentSpreadNode or InlineFragmentNode or FragmentDefinitionNode or VariableDefinitionNode)
        {
            _locations.Pop();
        }
    }
}
