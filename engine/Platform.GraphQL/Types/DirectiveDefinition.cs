namespace Platform.GraphQL.Types;

/// <summary>A directive the schema knows (spec § 3.13).</summary>
/// <param name="name">The name, without <c>@</c>.</param>
public sealed class DirectiveDefinition(string name)
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Where it may appear (<c>FIELD</c>, <c>OBJECT</c>…).</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>The arguments.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>Whether it may appear more than once per location.</summary>
    public bool IsRepeatable { get; init; }
}
