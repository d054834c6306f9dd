namespace Platform.Core.Hooks;

/// <summary>Where a hook joins the generated CRUD of an entity (seed 001 § EntitySchema hooks).</summary>
public enum HookPoint
{
    /// <summary>Before a create or update is validated and written.</summary>
    BeforeSave,

    /// <summary>After a create, update, transition or restore committed.</summary>
    AfterSave,

    /// <summary>Before a delete.</summary>
    BeforeDelete,

    /// <summary>After a delete committed.</summary>
    AfterDelete,
}
