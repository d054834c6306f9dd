using Platform.Model.Collections;
using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.StateMachines;

namespace Platform.Model.Reading;

/// <summary>
/// One manifest file, read: the definition it declares (as far as it could be read), where each
/// part was declared, and the syntax and shape problems found. Equatable, so the generator caches it.
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Kind">What the file declares.</param>
public sealed record ParsedManifest(string Path, ManifestKind Kind)
{
    /// <summary>For a module manifest: the module without entities or state machines.</summary>
    public ModuleDefinition? Module { get; init; }

    /// <summary>For a module manifest: id prefixes it assigns to entities by name.</summary>
    public EquatableArray<NamedValue> IdPrefixes { get; init; }

    /// <summary>For an entity manifest: the entity (its <see cref="EntityDefinition.Module"/> is filled in by the assembler).</summary>
    public EntityDefinition? Entity { get; init; }

    /// <summary>For a state machine manifest: the machine.</summary>
    public StateMachineDefinition? StateMachine { get; init; }

    /// <summary>Where each part was declared.</summary>
    public EquatableArray<LocatedPath> Locations { get; init; }

    /// <summary>Problems found while reading.</summary>
    public EquatableArray<ManifestDiagnostic> Diagnostics { get; init; }
}
