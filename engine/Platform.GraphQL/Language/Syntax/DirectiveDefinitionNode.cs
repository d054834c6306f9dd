namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c>.</summary>
/// <param name="Description">The description.</param>
/// <param name="Name">The name (without @).</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Repeatable">Whether it may appear more than once per location.</param>
/// <param name="Locations">The locations.</param>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
