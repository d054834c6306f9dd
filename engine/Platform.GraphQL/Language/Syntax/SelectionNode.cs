namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Selection : Field | FragmentSpread | InlineFragment</c>.</summary>
public abstract record SelectionNode : SyntaxNode;
