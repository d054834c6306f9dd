namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>SchemaDefinition : Description? schema Directives? { RootOperationTypeDefinition+ }</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Directives">The directives.</param>
/// <param name="OperationTypes">The root types.</param>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
