namespace Platform.Model.Rules;

/// <summary>The JSON spelling of each <see cref="RuleOp"/>.</summary>
public static class RuleOps
{
    private static readonly (RuleOp Op, string Name)[] Names =
    [
        (RuleOp.Eq, "eq"), (RuleOp.Neq, "neq"), (RuleOp.Gt, "gt"), (RuleOp.Gte, "gte"), (RuleOp.Lt, "lt"), (RuleOp.Lte, "lte"),
        (RuleOp.In, "in"), (RuleOp.Nin, "nin"), (RuleOp.Contains, "contains"), (RuleOp.ContainsAll, "containsAll"),
        (RuleOp.Matches, "matches"), (RuleOp.Exists, "exists"), (RuleOp.Empty, "empty"), (RuleOp.WithinDays, "withinDays"),
        (RuleOp.SpatialWithin, "spatialWithin"),
    ];

    /// <summary>Every operator name.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>The JSON spelling of <paramref name="op"/>.</summary>
    public static string NameOf(RuleOp op) => Names.First(n => n.Op == op).Name;

    /// <summary>Parses an operator name.</summary>
    public static bool TryParse(string name, out RuleOp op)
    {
        foreach (var (candidate, candidateName) in Names)
        {
            if (string.Equals(candidateName, name, StringComparison.Ordinal))
            {
                op = candidate;
                return true;
            }
        }

        op = default;
        return false;
    }

    /// <summary>Whether the operator ignores its value (<c>exists</c>, <c>empty</c>).</summary>
    public static bool IsUnary(RuleOp op) => op is RuleOp.Exists or RuleOp.Empty;
}
