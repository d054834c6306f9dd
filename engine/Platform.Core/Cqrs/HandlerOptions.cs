using Platform.Model.Definitions;

namespace Platform.Core.Cqrs;

/// <summary>What the middleware needs to know about a handler.</summary>
public sealed record HandlerOptions
{
    /// <summary>The permission required; default <c>{type}:execute</c> for commands and <c>{type}:read</c> for queries.</summary>
    public string? Permission { get; init; }

    /// <summary>The input fields the payload is validated against (from the manifest), or null for no validation.</summary>
    public IReadOnlyList<FieldDefinition>? Input { get; init; }

    /// <summary>A description for logs and generated documentation.</summary>
    public string? Description { get; init; }
}
