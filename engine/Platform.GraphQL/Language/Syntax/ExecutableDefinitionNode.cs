namespace Platform.GraphQL.Language.Syntax;

/// <summary><c>ExecutableDefinition : OperationDefinition | FragmentDefinition</c>.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode;
