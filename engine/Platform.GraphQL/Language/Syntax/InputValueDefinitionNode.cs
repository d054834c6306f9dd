namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>InputValueDefinition : Description? Name : Type DefaultValue? Directives?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name.</param>
/// <param name="Type">The type.</param>
/// <param name="DefaultValue">The default.</param>
/// <param name="Directives">The directives.</param>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
