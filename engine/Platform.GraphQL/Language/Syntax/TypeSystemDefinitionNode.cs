namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</c>.</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;
