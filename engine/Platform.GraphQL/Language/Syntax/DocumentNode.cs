namespace Platform.GraphQL.Language.Syntax;

/// <summary>A document: <c>Document : Definition+</c>.</summary>
/// <param name="Definitions">The definitions in source order.</param>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;
}
