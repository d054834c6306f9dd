namespace Platform.GraphQL.Types;

/// <summary>A value of an enum type.</summary>
/// <param name="name">The name as GraphQL shows it (<c>ACTIVE</c>).</param>
public sealed class EnumValueDefinition(string name)
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name;

    /// <summary>The value resolvers see and return (the platform maps <c>ACTIVE</c> to the manifest's <c>active</c>); default: the name.</summary>
    public object Value { get; init; } = name;

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Why it is deprecated, or null.</summary>
    public string? DeprecationReason { get; init; }
}
