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
            case SchemaDefinitionNode or SchemaExtensionNode:
                _locations.Push("SCHEMA");
                break;
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                _locations.Push("SCALAR");
                break;
            case ObjectTypeDefinitionNode or ObjectTypeExtensionNode:
                _locations.Push("OBJECT");
                break;
            case InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode:
                _locations.Push("INTERFACE");
                break;
            case UnionTypeDefinitionNode or UnionTypeExtensionNode:
                _locations.Push("UNION");
                break;
            case EnumTypeDefinitionNode or EnumTypeExtensionNode:
                _locations.Push("ENUM");
                break;
            case EnumValueDefinitionNode:
                _locations.Push("ENUM_VALUE");
                break;
            case InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode:
                _locations.Push("INPUT_OBJECT");
                break;
            case FieldDefinitionNode:
                _locations.Push("FIELD_DEFINITION");
                break;
            case InputValueDefinitionNode:
                // An argument inside a field or directive definition; a field inside an input object.
                _locations.Push(_locations.TryPeek(out var parent) && parent == "INPUT_OBJECT" ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION");
                break;
            case DirectiveDefinitionNode:
                _locations.Push(null);
                break;
            case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } definition && _locations.TryPeek(out var location) && location is not null && !definition.Locations.Contains(location):
                context.Report($"Directive \"@{directive.Name.Value}\" may not be used on {location}.", directive);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode or FieldNode or FragmentSpreadNode or InlineFragmentNode or FragmentDefinitionNode or VariableDefinitionNode
            or SchemaDefinitionNode or SchemaExtensionNode or TypeDefinitionNode or TypeExtensionNode or EnumValueDefinitionNode or FieldDefinitionNode or InputValueDefinitionNode or DirectiveDefinitionNode)
        {
            _locations.Pop();
        }
    }
}
