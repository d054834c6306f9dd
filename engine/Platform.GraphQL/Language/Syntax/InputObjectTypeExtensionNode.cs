namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>InputObjectTypeExtension : extend input Name Directives? InputFieldsDefinition</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Fields">The added fields.</param>
public sealed record InputObjectTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
