using Platform.Model.Rules;

namespace Platform.Model.StateMachines;

/// <summary>A transition a scheduler takes after the entity spent <paramref name="Delay"/> in the state.</summary>
/// <param name="Delay">How long after entering the state.</param>
/// <param name="Target">The state entered.</param>
public sealed record TimedTransitionDefinition(TimeSpan Delay, string Target)
{
    /// <summary>A rule that must hold when the timer fires, or null.</summary>
    public RuleExpr? Guard { get; init; }
}
