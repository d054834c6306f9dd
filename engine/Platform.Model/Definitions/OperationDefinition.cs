using Platform.Model.Collections;

namespace Platform.Model.Definitions;

/// <summary>A command or query a module handles, with the shape of its input.</summary>
/// <param name="Name">camelCase name; the type is <c>{module}.{name}</c>.</param>
public sealed record OperationDefinition(string Name)
{
    /// <summary>A description carried into the GraphQL schema.</summary>
    public string? Description { get; init; }

    /// <summary>The fields of the input.</summary>
    public EquatableArray<FieldDefinition> Input { get; init; }

    /// <summary>The entity the operation returns, or null for a JSON result.</summary>
    public string? Returns { get; init; }

    /// <summary>The permission required, when not <c>{module}.{name}:execute</c>.</summary>
    public string? Permission { get; init; }
}
