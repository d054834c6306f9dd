namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>EnumTypeDefinition : Description? enum Name Directives? EnumValuesDefinition?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Values">The values.</param>
public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}
