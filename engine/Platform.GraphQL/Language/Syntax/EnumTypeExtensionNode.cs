namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>EnumTypeExtension : extend enum Name Directives? EnumValuesDefinition</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives.</param>
/// <param name="Values">The added values.</param>
public sealed record EnumTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}
