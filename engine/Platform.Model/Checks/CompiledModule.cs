using Platform.Model.Collections;
using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Reading;

namespace Platform.Model.Checks;

/// <summary>A module's manifests, read, assembled and checked: the normalized module and every diagnostic.</summary>
/// <param name="Module">The normalized module (entities bound to the module, tables and id prefixes resolved, state machines bound); null without a module manifest.</param>
/// <param name="Locations">Where each part was declared.</param>
/// <param name="Diagnostics">Every problem found, in file then position order.</param>
public sealed record CompiledModule(ModuleDefinition? Module, EquatableArray<LocatedPath> Locations, EquatableArray<ManifestDiagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error (nothing may be generated or served).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
