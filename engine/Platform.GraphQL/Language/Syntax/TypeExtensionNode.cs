namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>TypeExtension</c>: an extension of a named type.</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode;
