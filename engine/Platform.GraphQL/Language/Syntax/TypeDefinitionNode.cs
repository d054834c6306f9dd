namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>TypeDefinition</c>: scalar, object, interface, union, enum or input object.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode;
