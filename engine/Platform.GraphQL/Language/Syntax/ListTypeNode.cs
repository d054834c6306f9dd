namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ListType : [ Type ]</c>.</summary>
/// <param name="Type">The item type.</param>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
