using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Model.Reading;

/// <summary>Durations in manifests: <c>500ms</c>, <c>30s</c>, <c>15m</c>, <c>12h</c>, <c>7d</c>, or ISO 8601 (<c>P7D</c>, <c>PT1H30M</c>).</summary>
public static class Durations
{
    private static readonly Regex Short = new("^([0-9]+)(ms|s|m|h|d|w)$", RegexOptions.CultureInvariant);
    private static readonly Regex Iso = new("^P(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$", RegexOptions.CultureInvariant);

    /// <summary>Parses a positive duration.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Short.Match(text);
        if (match.Success)
        {
            var amount = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            duration = match.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
            return duration > TimeSpan.Zero;
        }

        match = Iso.Match(text);
        if (!match.Success || text is "P" or "PT" || text.EndsWith("T", StringComparison.Ordinal))
        {
            return false;
        }

        static long Part(Group group) => group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
        duration = TimeSpan.FromDays((7 * Part(match.Groups[1])) + Part(match.Groups[2]))
            + TimeSpan.FromHours(Part(match.Groups[3])) + TimeSpan.FromMinutes(Part(match.Groups[4])) + TimeSpan.FromSeconds(Part(match.Groups[5]));
        return duration > TimeSpan.Zero;
    }

    /// <summary>The shortest manifest spelling of <paramref name="duration"/> (<c>7d</c>, <c>90m</c>, <c>1500ms</c>).</summary>
    public static string Format(TimeSpan duration)
    {
        var ms = (long)duration.TotalMilliseconds;
        return ms % 86_400_000 == 0 ? $"{ms / 86_400_000}d"
            : ms % 3_600_000 == 0 ? $"{ms / 3_600_000}h"
            : ms % 60_000 == 0 ? $"{ms / 60_000}m"
            : ms % 1000 == 0 ? $"{ms / 1000}s"
            : $"{ms}ms";
    }
}
