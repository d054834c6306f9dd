using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Platform.Model.Rules;

namespace Platform.Core.Rules;

/// <content>
/// Compilation of an expanded rule into one method (an expression tree): junctions become
/// short-circuit <c>&amp;&amp;</c>/<c>||</c>, leaves sharing a parent read it once into a local, and each
/// leaf is a direct call of its operator's test with its constants — no delegate call per node.
/// </content>
public sealed partial class RuleEngine
{
    private static readonly MethodInfo TryReadSegment = typeof(ContextPath).GetMethod(nameof(ContextPath.TryReadSegment), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo TryReadPath = typeof(ContextPath).GetMethod(nameof(ContextPath.TryRead), [typeof(object), typeof(object).MakeByRefType()])!;
    private static readonly MethodInfo StepOrMissing = typeof(ContextPath).GetMethod(nameof(ContextPath.StepOrMissing), BindingFlags.NonPublic | BindingFlags.Static)!;

    private Func<object?, bool> CompileToMethod(RuleExpr expanded)
    {
        var context = Expression.Parameter(typeof(object), "context");
        return Expression.Lambda<Func<object?, bool>>(Node(expanded, context), context).Compile();
    }

    private Expression Node(RuleExpr expr, Expression scope) => expr switch
    {
        LeafRule leaf => Leaf(leaf, scope),
        NotRule not => Expression.Not(Node(not.Rule, scope)),
        AndRule and => Junction(and.Rules, scope, all: true),
        OrRule or => Junction(or.Rules, scope, all: false),
        _ => throw new ArgumentException($"Rule type {expr.GetType().Name} must be expanded before compiling.", nameof(expr)),
    };

    // Common-subexpression elimination: leaves of one junction that share their first path segment
    // (entity.status, entity.total…) read it once. Rules are pure, so evaluating the group together
    // instead of in declaration order changes no result.
    private Expression Junction(IReadOnlyList<RuleExpr> children, Expression scope, bool all)
    {
        var groups = children.OfType<LeafRule>()
            .Where(IsGroupable)
            .GroupBy(l => FirstSegment(l.Field), StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var built = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<Expression>();
        foreach (var child in children)
        {
            if (child is LeafRule leaf && IsGroupable(leaf) && groups.TryGetValue(FirstSegment(leaf.Field), out var members))
            {
                var segment = FirstSegment(leaf.Field);
                if (built.Add(segment))
                {
                    var parent = Expression.Variable(typeof(object), segment);
                    var relative = members.Select(m => (RuleExpr)(m with { Field = m.Field[(segment.Length + 1)..] })).ToList();
                    parts.Add(Expression.Block(
                        [parent],
                        Expression.Assign(parent, Expression.Call(StepOrMissing, scope, Expression.Constant(segment), Expression.Constant(ContextPath.IndexOf(segment)))),
                        Junction(relative, parent, all)));
                }

                continue;
            }

            parts.Add(Node(child, scope));
        }

        return parts.Count == 0
            ? Expression.Constant(all)
            : parts.Aggregate((left, right) => all ? Expression.AndAlso(left, right) : Expression.OrElse(left, right));
    }

    private Expression Leaf(LeafRule leaf, Expression scope)
    {
        if (leaf.Value is ValueRef reference)
        {
            // Comparing two paths of the context is rare: the general operator does it.
            var op = leaf.Op;
            var path = new ContextPath(leaf.Field);
            var other = new ContextPath(reference.Path);
            Func<object?, bool> compare = context =>
            {
                var found = path.TryRead(context, out var actual);
                other.TryRead(context, out var expected);
                return RuleOperators.Apply(op, found, actual, expected, op == RuleOp.WithinDays ? _time.GetUtcNow() : default, RegexTimeout);
            };
            return Expression.Invoke(Expression.Constant(compare), scope);
        }

        var found = Expression.Variable(typeof(bool), "found");
        var actual = Expression.Variable(typeof(object), "actual");
        var read = leaf.Field.Contains('.', StringComparison.Ordinal)
            ? Expression.Call(Expression.Constant(new ContextPath(leaf.Field)), TryReadPath, scope, actual)
            : Expression.Call(TryReadSegment, scope, Expression.Constant(leaf.Field), Expression.Constant(ContextPath.IndexOf(leaf.Field)), actual);
        return Expression.Block([found, actual], Expression.Assign(found, read), Check(leaf, found, actual));
    }

    // A leaf can be evaluated against its parent when it has a parent segment and reads nothing else.
    private static bool IsGroupable(LeafRule leaf) => leaf.Field.Contains('.', StringComparison.Ordinal) && leaf.Value is not ValueRef;

    private static string FirstSegment(string path) => path[..path.IndexOf('.', StringComparison.Ordinal)];

    private Expression Check(LeafRule leaf, ParameterExpression found, ParameterExpression actual)
    {
        // A call of the operator's test: found, actual, then the constants typed as the test declares them.
        Expression Test(string method, params object?[] constants)
        {
            var test = typeof(LeafChecks).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
            var types = test.GetParameters().Skip(2).Select(p => p.ParameterType).ToArray();
            return Expression.Call(test, [found, actual, .. constants.Select((c, i) => (Expression)Expression.Constant(c, types[i]))]);
        }

        var constant = leaf.Value;
        switch (leaf.Op)
        {
            case RuleOp.Eq or RuleOp.Neq:
                var equals = constant switch
                {
                    string text when !RuleValues.TryDate(text, out _) => Test(nameof(LeafChecks.EqualsText), text),
                    long number => Test(nameof(LeafChecks.EqualsLong), number),
                    _ => Test(nameof(LeafChecks.EqualsValue), constant),
                };
                return leaf.Op == RuleOp.Eq ? equals : Expression.Not(equals);
            case RuleOp.Gt or RuleOp.Gte or RuleOp.Lt or RuleOp.Lte:
                var op = LeafChecks.OperatorCode(leaf.Op);
                return constant switch
                {
                    long bound => Test(nameof(LeafChecks.CompareLong), bound, op),
                    double limit => Test(nameof(LeafChecks.CompareDouble), limit, op),
                    string text when RuleValues.TryDate(text, out var date) => Test(nameof(LeafChecks.CompareDate), text, date, op),
                    _ => Test(nameof(LeafChecks.CompareValue), constant, op),
                };
            case RuleOp.In or RuleOp.Nin:
                var items = RuleValues.AsList(constant).ToArray();
                var member = items.Length > 0 && items.All(i => i is string)
                    ? Test(nameof(LeafChecks.InTexts), new HashSet<string>(items.Cast<string>(), StringComparer.Ordinal), items)
                    : Test(nameof(LeafChecks.InValues), [items]);
                return leaf.Op == RuleOp.In ? member : Expression.Not(member);
            case RuleOp.Contains:
                return constant is string contained
                    ? Test(nameof(LeafChecks.ContainsText), contained)
                    : Test(nameof(LeafChecks.ContainsValue), constant);
            case RuleOp.ContainsAll:
                return RuleValues.IsList(constant) ? Test(nameof(LeafChecks.ContainsAll), [RuleValues.AsList(constant).ToArray()]) : Expression.Constant(false);
            case RuleOp.Matches:
                return constant is string pattern
                    ? Test(nameof(LeafChecks.Matches), new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, RegexTimeout))
                    : Expression.Constant(false);
            case RuleOp.Exists:
                return Test(nameof(LeafChecks.Exists));
            case RuleOp.Empty:
                return Test(nameof(LeafChecks.Empty));
            case RuleOp.WithinDays:
                return Test(nameof(LeafChecks.WithinDays), constant, _time);
            case RuleOp.SpatialWithin:
                return GeoShapes.TryReadPolygon(constant, out var rings)
                    ? Test(nameof(LeafChecks.SpatialWithin), rings)
                    : Expression.Constant(false);
            default:
                throw new ArgumentOutOfRangeException(nameof(leaf), leaf.Op, "Unknown operator.");
        }
    }
}
