using Platform.Core.Repositories;

namespace Platform.Core.Hooks;

/// <summary>A create or update on its way to the database, as <see cref="BeforeSaveHook"/>s see it.</summary>
/// <param name="Entity">The entity name, e.g. <c>Item</c>.</param>
/// <param name="Current">The entity as stored, for an update; null for a create.</param>
/// <param name="Input">The fields being written (the create input or the patch). Hooks may change it: what is here after the hooks is validated and written.</param>
public sealed record EntitySave(string Entity, EntityRecord? Current, IDictionary<string, object?> Input)
{
    /// <summary>Whether this save creates the entity.</summary>
    public bool IsCreate => Current is null;
}
