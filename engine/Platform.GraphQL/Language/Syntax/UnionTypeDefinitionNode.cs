namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>UnionTypeDefinition : Description? union Name Directives? UnionMemberTypes?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Types">The member types.</param>
public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}
