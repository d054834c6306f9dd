using System.Globalization;

namespace Platform.Model.Checks;

/// <summary>Checks five-field cron expressions (minute hour day-of-month month day-of-week) as the job scheduler reads them.</summary>
public static class CronExpressions
{
    private static readonly (string Name, int Min, int Max)[] Fields =
        [("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7)];

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>Whether <paramref name="expression"/> is valid; <paramref name="reason"/> says what is wrong when not.</summary>
    public static bool IsValid(string expression, out string reason)
    {
        var parts = expression.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            reason = $"it has {parts.Length} fields, not 5.";
            return false;
        }

        for (var i = 0; i < 5; i++)
        {
            foreach (var item in parts[i].Split(','))
            {
                if (!IsValidItem(item, i))
                {
                    reason = $"'{item}' is not a valid {Fields[i].Name} ({Fields[i].Min}-{Fields[i].Max}, *, ranges a-b, steps /n, lists a,b).";
                    return false;
                }
            }
        }

        reason = "";
        return true;
    }

    private static bool IsValidItem(string item, int field)
    {
        var slash = item.IndexOf('/');
        if (slash >= 0)
        {
            if (!int.TryParse(item.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step <= 0)
            {
                return false;
            }

            item = item.Substring(0, slash);
        }

        if (item == "*")
        {
            return true;
        }

        var dash = item.IndexOf('-');
        return dash > 0
            ? IsValue(item.Substring(0, dash), field, out var low) && IsValue(item.Substring(dash + 1), field, out var high) && low <= high
            : IsValue(item, field, out _);
    }

    private static bool IsValue(string text, int field, out int value)
    {
        var names = field == 3 ? Months : field == 4 ? Days : [];
        var named = Array.IndexOf(names, text.ToUpperInvariant());
        if (named >= 0)
        {
            value = field == 3 ? named + 1 : named;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= Fields[field].Min && value <= Fields[field].Max;
    }
}
