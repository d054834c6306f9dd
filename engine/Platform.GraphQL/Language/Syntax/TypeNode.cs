namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Type : NamedType | ListType | NonNullType</c>.</summary>
public abstract record TypeNode : SyntaxNode;
