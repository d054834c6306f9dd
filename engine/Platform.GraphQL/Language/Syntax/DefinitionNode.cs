namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>.</summary>
public abstract record DefinitionNode : SyntaxNode;
