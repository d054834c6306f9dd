namespace Platform.Core.Validation;

/// <summary>Whether input creates an entity (all required fields needed) or patches one (only given fields checked).</summary>
public enum ValidationMode
{
    /// <summary>Create: required fields must be present.</summary>
    Create,

    /// <summary>Update: a patch; given fields are checked, required ones may not be cleared.</summary>
    Update,

    /// <summary>A state machine transition: like <see cref="Update"/>, and the state field may be written.</summary>
    Transition,
}
