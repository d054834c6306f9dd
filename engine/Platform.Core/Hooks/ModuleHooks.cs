namespace Platform.Core.Hooks;

/// <summary>The hooks a module registers at boot, on its own entities by bare name (<c>Item</c> is <c>catalog.Item</c> for module catalog).</summary>
/// <param name="hooks">The platform's hooks.</param>
/// <param name="moduleId">The booting module.</param>
public sealed class ModuleHooks(EntityHooks hooks, string moduleId)
{
    /// <summary>Runs before a create or update of <paramref name="entity"/> is validated and written.</summary>
    public IDisposable BeforeSave(string entity, BeforeSaveHook hook) => hooks.BeforeSave(Qualify(entity), hook);

    /// <summary>Runs after a save of <paramref name="entity"/> committed.</summary>
    public IDisposable AfterSave(string entity, EntityHook hook) => hooks.AfterSave(Qualify(entity), hook);

    /// <summary>Runs before a delete of <paramref name="entity"/>.</summary>
    public IDisposable BeforeDelete(string entity, EntityHook hook) => hooks.BeforeDelete(Qualify(entity), hook);

    /// <summary>Runs after a delete of <paramref name="entity"/> committed.</summary>
    public IDisposable AfterDelete(string entity, EntityHook hook) => hooks.AfterDelete(Qualify(entity), hook);

    private string Qualify(string entity) => entity.Contains('.', StringComparison.Ordinal) ? entity : $"{moduleId}.{entity}";
}
