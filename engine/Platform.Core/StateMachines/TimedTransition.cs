using Platform.Model.Rules;

namespace Platform.Core.StateMachines;

/// <summary>A transition a scheduler takes after an entity spent <paramref name="Delay"/> in <paramref name="State"/>.</summary>
/// <param name="MachineId">The machine.</param>
/// <param name="State">The state the timer runs in.</param>
/// <param name="Delay">How long after entering the state.</param>
/// <param name="Target">The state entered.</param>
/// <param name="Guard">A rule that must hold when the timer fires, or null.</param>
public sealed record TimedTransition(string MachineId, string State, TimeSpan Delay, string Target, RuleExpr? Guard);
