namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>InputObjectTypeDefinition : Description? input Name Directives? InputFieldsDefinition?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Fields">The fields.</param>
public sealed record InputObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}
