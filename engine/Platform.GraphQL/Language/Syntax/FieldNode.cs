namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>.</summary>
/// <param name="Alias">The alias.</param>
/// <param name="Name">The field name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Directives">The directives.</param>
/// <param name="SelectionSet">The sub-selections.</param>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;
}
