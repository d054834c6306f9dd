namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives? FieldsDefinition</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Interfaces">The added interfaces.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Fields">The added fields.</param>
public sealed record ObjectTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}
