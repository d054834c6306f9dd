namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>RootOperationTypeDefinition : OperationType : NamedType</c>.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="Type">Its root type.</param>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
