using Platform.Model.Collections;
using Platform.Model.Rules;

namespace Platform.Model.StateMachines;

/// <summary>A transition taken when <paramref name="Event"/> is fired and the guard passes.</summary>
/// <param name="Event">The event name.</param>
/// <param name="Target">The state entered.</param>
public sealed record TransitionDefinition(string Event, string Target)
{
    /// <summary>A rule over <c>{entity, actor, payload}</c> that must hold, or null.</summary>
    public RuleExpr? Guard { get; init; }

    /// <summary>Actions run during the transition (between exit and entry actions).</summary>
    public EquatableArray<ActionDefinition> Actions { get; init; }

    /// <summary>A human-readable description, e.g. <c>Payment confirmed by gateway</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The permission needed to fire the event, when not the entity's <c>:update</c>.</summary>
    public string? Permission { get; init; }
}
