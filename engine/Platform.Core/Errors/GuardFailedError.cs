using Platform.Core.Rules;
using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>Every transition an event could take was refused by its guard; the message explains why.</summary>
public sealed class GuardFailedError : BusinessError
{
    /// <summary>Creates the error from the rule engine's explanations of each candidate transition.</summary>
    public GuardFailedError(string entity, string state, string eventName, IReadOnlyList<RuleExplanation> explanations)
        : base(
            $"{entity} cannot '{eventName}' in state '{state}': {string.Join(" Or: ", explanations.Select(e => e.Summary))}",
            ValueMap.Of(("state", state), ("event", eventName), ("failures", explanations.SelectMany(e => e.Failures).Select(f => ValueMap.Of(("field", f.Field), ("message", f.Message))).ToList())))
    {
        Explanations = explanations;
    }

    /// <summary>For each candidate transition, why its guard failed.</summary>
    public IReadOnlyList<RuleExplanation> Explanations { get; }
}
