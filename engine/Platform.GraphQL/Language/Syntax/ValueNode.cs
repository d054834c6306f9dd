namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Value[Const]</c>: a literal or a variable.</summary>
public abstract record ValueNode : SyntaxNode;
