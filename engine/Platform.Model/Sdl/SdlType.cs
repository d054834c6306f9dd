using Platform.Model.Collections;

namespace Platform.Model.Sdl;

/// <summary>A generated type definition or extension.</summary>
/// <param name="Kind">Object, input or enum.</param>
/// <param name="Name">The type name.</param>
/// <param name="Fields">Its fields, input fields or enum values.</param>
public sealed record SdlType(SdlTypeKind Kind, string Name, EquatableArray<SdlField> Fields)
{
    /// <summary>Whether this is <c>extend type</c> rather than a definition.</summary>
    public bool IsExtension { get; init; }

    /// <summary>A description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The manifest path that produced it, for diagnostics.</summary>
    public string? Origin { get; init; }

    /// <summary>For extensions that need another module's types: that module's id.</summary>
    public string? RequiresModule { get; init; }
}
