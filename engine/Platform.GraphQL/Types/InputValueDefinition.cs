using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
/// <param name="name">The name.</param>
/// <param name="type">The input type.</param>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; } = type;

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The default as written in SDL, or null when there is none.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>Why it is deprecated, or null.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>The definition.</summary>
    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>Whether the caller must give a value: non-null without default.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;
}
