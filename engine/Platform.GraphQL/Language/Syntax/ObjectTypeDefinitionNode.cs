namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives? FieldsDefinition?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name.</param>
/// <param name="Interfaces">The implemented interfaces.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Fields">The fields.</param>
public sealed record ObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}
