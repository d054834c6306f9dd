namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>SchemaExtension : extend schema Directives? { RootOperationTypeDefinition+ }</c>.</summary>
/// <param name="Directives">The directives.</param>
/// <param name="OperationTypes">The root types.</param>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
