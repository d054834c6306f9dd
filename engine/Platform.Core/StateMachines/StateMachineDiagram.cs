using System.Globalization;
using System.Text;
using Platform.Model.StateMachines;

namespace Platform.Core.StateMachines;

/// <summary>Renders a state machine as Mermaid <c>stateDiagram-v2</c> text.</summary>
public static class StateMachineDiagram
{
    /// <summary>The diagram: the initial arrow, every transition labelled with its event (and <c>[guarded]</c>), timed transitions as <c>after …</c>, terminal states to <c>[*]</c>.</summary>
    public static string ToMermaid(StateMachineDefinition machine)
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        text.Append(CultureInfo.InvariantCulture, $"    [*] --> {machine.Initial}\n");
        foreach (var state in machine.States)
        {
            if (state.Label is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {state.Name} : {state.Label}\n");
            }

            foreach (var transition in state.Transitions)
            {
                var guard = transition.Guard is null ? "" : " [guarded]";
                text.Append(CultureInfo.InvariantCulture, $"    {state.Name} --> {transition.Target} : {transition.Event}{guard}\n");
            }

            foreach (var timed in state.After)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {state.Name} --> {timed.Target} : after {Duration(timed.Delay)}\n");
            }

            if (state.Terminal)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {state.Name} --> [*]\n");
            }
        }

        return text.ToString();
    }

    private static string Duration(TimeSpan delay) => delay switch
    {
        { TotalDays: >= 1 } when delay.TotalDays == Math.Floor(delay.TotalDays) => $"{delay.TotalDays:0}d",
        { TotalHours: >= 1 } when delay.TotalHours == Math.Floor(delay.TotalHours) => $"{delay.TotalHours:0}h",
        { TotalMinutes: >= 1 } when delay.TotalMinutes == Math.Floor(delay.TotalMinutes) => $"{delay.TotalMinutes:0}m",
        _ => $"{delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s",
    };
}
