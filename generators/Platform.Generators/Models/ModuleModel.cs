using Platform.Model.Definitions;

namespace Platform.Generators.Models;

/// <summary>What the module descriptor and its artifacts depend on.</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="Module">The normalized module.</param>
internal sealed record ModuleModel(string Namespace, ModuleDefinition Module);
