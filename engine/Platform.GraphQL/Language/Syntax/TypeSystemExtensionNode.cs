namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>TypeSystemExtension : SchemaExtension | TypeExtension</c>.</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;
