namespace Platform.GraphQL.Language.Syntax;

/// <summary>A node of a GraphQL document's syntax tree, with its place in the source.</summary>
/// <remarks>
/// Nodes are immutable. Record equality compares lists by reference; use
/// <see cref="Utilities.SyntaxEquality"/> to compare trees by content, ignoring locations.
/// </remarks>
public abstract record SyntaxNode
{
    /// <summary>Where the node is in the source, or null for nodes built in code.</summary>
    public Location? Location { get; init; }

    /// <summary>The node's kind.</summary>
    public abstract SyntaxKind Kind { get; }
}
