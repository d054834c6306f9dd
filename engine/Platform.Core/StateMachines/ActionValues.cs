using System.Text.RegularExpressions;
using Platform.Core.Rules;
using Platform.Model.Rules;
using Platform.Model.Values;

namespace Platform.Core.StateMachines;

/// <summary>Resolves the values of actions: <see cref="ValueRef"/> paths into the guard context, and <c>$now</c>.</summary>
internal static partial class ActionValues
{
    public static object? Resolve(object? value, object context, DateTimeOffset now) => value switch
    {
        "$now" => now,
        ValueRef reference => ContextPath.TryRead(context, reference.Path, out var resolved) ? resolved : null,
        ValueMap map => map.ToDictionary(e => e.Key, e => Resolve(e.Value, context, now), StringComparer.Ordinal),
        ValueList list => list.Select(item => Resolve(item, context, now)).ToList(),
        _ => value,
    };

    public static IReadOnlyDictionary<string, object?> ResolveMap(ValueMap? map, object context, DateTimeOffset now) =>
        map is null ? new Dictionary<string, object?>() : map.ToDictionary(e => e.Key, e => Resolve(e.Value, context, now), StringComparer.Ordinal);

    // "{entity.name} shipped by {actor.id}" → values from the context; unknown paths stay as written.
    public static string Format(string message, object context) =>
        Placeholder().Replace(message, match => ContextPath.TryRead(context, match.Groups[1].Value, out var value) ? RuleValues.Describe(value).Trim('\'') : match.Value);

    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
