using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Types;

/// <summary>A field of an object or interface type, with its resolver.</summary>
/// <param name="name">The name.</param>
/// <param name="type">The output type.</param>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; internal set; } = type;

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Why it is deprecated, or null.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>The definition.</summary>
    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Produces the field's value; the default reads the parent object's property of the same name.</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>For subscription root fields: produces the source event stream.</summary>
    public SubscriptionResolver? Subscriber { get; set; }

    /// <summary>Finds an argument by name.</summary>
    public InputValueDefinition? FindArgument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);
}
