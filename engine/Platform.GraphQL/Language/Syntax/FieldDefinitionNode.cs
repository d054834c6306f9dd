namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives?</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Type">The type.</param>
/// <param name="Directives">The directives.</param>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
