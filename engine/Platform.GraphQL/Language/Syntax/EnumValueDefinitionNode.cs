namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>EnumValueDefinition : Description? EnumValue Directives?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The value's name.</param>
/// <param name="Directives">The directives.</param>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}
