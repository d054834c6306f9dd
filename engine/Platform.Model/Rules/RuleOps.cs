using Platform.Model.Collections;

namespace Platform.Model.Rules;

/// <summary>The JSON spelling of each <see cref="RuleOp"/>.</summary>
public static class RuleOps
{
    private static readonly NameTable<RuleOp> Table = new(
        (RuleOp.Eq, "eq"), (RuleOp.Neq, "neq"), (RuleOp.Gt, "gt"), (RuleOp.Gte, "gte"), (RuleOp.Lt, "lt"), (RuleOp.Lte, "lte"),
        (RuleOp.In, "in"), (RuleOp.Nin, "nin"), (RuleOp.Contains, "contains"), (RuleOp.ContainsAll, "containsAll"),
        (RuleOp.Matches, "matches"), (RuleOp.Exists, "exists"), (RuleOp.Empty, "empty"), (RuleOp.WithinDays, "withinDays"),
        (RuleOp.SpatialWithin, "spatialWithin"));

    /// <summary>Every operator name.</summary>
    public static IReadOnlyList<string> All => Table.Names;

    /// <summary>The JSON spelling of <paramref name="op"/>.</summary>
    public static string NameOf(RuleOp op) => Table.NameOf(op);

    /// <summary>Parses an operator name.</summary>
    public static bool TryParse(string name, out RuleOp op) => Table.TryParse(name, out op);

    /// <summary>Whether the operator ignores its value (<c>exists</c>, <c>empty</c>).</summary>
    public static bool IsUnary(RuleOp op) => op is RuleOp.Exists or RuleOp.Empty;
}
