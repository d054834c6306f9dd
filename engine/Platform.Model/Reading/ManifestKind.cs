namespace Platform.Model.Reading;

/// <summary>What a manifest file declares, decided by its name.</summary>
public enum ManifestKind
{
    /// <summary>Not a manifest name: <c>module.*</c>, <c>*.entity.*</c> or <c>*.fsm.*</c>.</summary>
    Unknown,

    /// <summary><c>module.{yaml,yml,json}</c>.</summary>
    Module,

    /// <summary><c>*.entity.{yaml,yml,json}</c>.</summary>
    Entity,

    /// <summary><c>*.fsm.{yaml,yml,json}</c>.</summary>
    StateMachine,
}
