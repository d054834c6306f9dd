using Platform.Model.Definitions;
using Platform.Model.StateMachines;

namespace Platform.Generators.Models;

/// <summary>What one entity's generated file depends on, and nothing more (so other entities' edits leave it cached).</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="ModuleId">The module id.</param>
/// <param name="Entity">The normalized entity.</param>
/// <param name="Machine">The state machine that drives it, or null.</param>
internal sealed record EntityModel(string Namespace, string ModuleId, EntityDefinition Entity, StateMachineDefinition? Machine);
