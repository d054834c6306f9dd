using System.Text.RegularExpressions;
using Platform.Model.Rules;

namespace Platform.Core.Rules;

/// <content>Compilation of expanded rules into closures: one delegate per node, work done once.</content>
public sealed partial class RuleEngine
{
    private Func<object?, bool> BuildDelegate(RuleExpr expr)
    {
        switch (expr)
        {
            case LeafRule leaf:
                return BuildLeaf(leaf);
            case NotRule not:
                var inner = BuildDelegate(not.Rule);
                return context => !inner(context);
            case AndRule and:
                return BuildJunction(and.Rules, all: true);
            case OrRule or:
                return BuildJunction(or.Rules, all: false);
            default:
                throw new ArgumentException($"Rule type {expr.GetType().Name} must be expanded before compiling.", nameof(expr));
        }
    }

    // Common-subexpression elimination: leaves of one junction that share their first path
    // segment (entity.status, entity.total…) read it once, then evaluate against it. Rules are
    // pure, so evaluating the group together instead of in declaration order changes no result.
    private Func<object?, bool> BuildJunction(IReadOnlyList<RuleExpr> children, bool all)
    {
        var groups = children.OfType<LeafRule>()
            .Where(IsGroupable)
            .GroupBy(l => FirstSegment(l.Field), StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var built = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<Func<object?, bool>>();
        foreach (var child in children)
        {
            if (child is LeafRule leaf && IsGroupable(leaf) && groups.TryGetValue(FirstSegment(leaf.Field), out var members))
            {
                if (built.Add(FirstSegment(leaf.Field)))
                {
                    parts.Add(BuildScope(FirstSegment(leaf.Field), members, all));
                }

                continue;
            }

            parts.Add(BuildDelegate(child));
        }

        return Combine([.. parts], all);
    }

    private Func<object?, bool> BuildScope(string segment, List<LeafRule> members, bool all)
    {
        var index = ContextPath.IndexOf(segment);
        var relative = members.Select(m => (RuleExpr)(m with { Field = m.Field[(segment.Length + 1)..] })).ToList();
        var inner = BuildJunction(relative, all);
        return context => inner(ContextPath.StepOrMissing(context, segment, index));
    }

    // A leaf can be evaluated against its parent when it has a parent segment and reads nothing else.
    private static bool IsGroupable(LeafRule leaf) => leaf.Field.Contains('.', StringComparison.Ordinal) && leaf.Value is not ValueRef;

    private static string FirstSegment(string path) => path[..path.IndexOf('.', StringComparison.Ordinal)];

    private static Func<object?, bool> Combine(Func<object?, bool>[] parts, bool all)
    {
        switch (parts.Length)
        {
            case 0:
                return _ => all;
            case 1:
                return parts[0];
            case 2:
                var (a, b) = (parts[0], parts[1]);
                return all ? context => a(context) && b(context) : context => a(context) || b(context);
            default:
                return all
                    ? context =>
                    {
                        foreach (var part in parts)
                        {
                            if (!part(context))
                            {
                                return false;
                            }
                        }

                        return true;
                    }
                    : context =>
                    {
                        foreach (var part in parts)
                        {
                            if (part(context))
                            {
                                return true;
                            }
                        }

                        return false;
                    };
        }
    }

    private Func<object?, bool> BuildLeaf(LeafRule leaf)
    {
        var path = new ContextPath(leaf.Field);
        if (leaf.Value is ValueRef reference)
        {
            var other = new ContextPath(reference.Path);
            var op = leaf.Op;
            return context =>
            {
                var found = path.TryRead(context, out var actual);
                other.TryRead(context, out var expected);
                return RuleOperators.Apply(op, found, actual, expected, op == RuleOp.WithinDays ? _time.GetUtcNow() : default, RegexTimeout);
            };
        }

        var constant = leaf.Value;
        return leaf.Op switch
        {
            RuleOp.Eq => BuildEquals(path, constant, negate: false),
            RuleOp.Neq => BuildEquals(path, constant, negate: true),
            RuleOp.Gt or RuleOp.Gte or RuleOp.Lt or RuleOp.Lte => BuildCompare(path, constant, leaf.Op),
            RuleOp.In => BuildIn(path, constant, negate: false),
            RuleOp.Nin => BuildIn(path, constant, negate: true),
            RuleOp.Contains => BuildContains(path, constant),
            RuleOp.ContainsAll => BuildContainsAll(path, constant),
            RuleOp.Matches => BuildMatches(path, constant),
            RuleOp.Exists => context => path.TryRead(context, out var actual) && actual is not null,
            RuleOp.Empty => context => !path.TryRead(context, out var actual) || RuleValues.IsEmpty(actual),
            RuleOp.WithinDays => context => path.TryRead(context, out var actual) && RuleOperators.WithinDays(actual, constant, _time.GetUtcNow()),
            RuleOp.SpatialWithin => BuildSpatial(path, constant),
            _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf.Op, "Unknown operator."),
        };
    }

    // Each operator/constant pair gets its own closure with the comparison written out, so a leaf
    // costs one delegate call and its path read.
    private static Func<object?, bool> BuildEquals(ContextPath path, object? constant, bool negate)
    {
        var missing = constant is null; // a missing path equals null
        return constant switch
        {
            string text when !RuleValues.TryDate(text, out _) => negate
                ? context => !(path.TryRead(context, out var actual) ? actual is string s ? string.Equals(s, text, StringComparison.Ordinal) : RuleValues.AreEqual(actual, text) : missing)
                : context => path.TryRead(context, out var actual) ? actual is string s ? string.Equals(s, text, StringComparison.Ordinal) : RuleValues.AreEqual(actual, text) : missing,
            long number => negate
                ? context => !(path.TryRead(context, out var actual) ? actual is long l ? l == number : RuleValues.AreEqual(actual, number) : missing)
                : context => path.TryRead(context, out var actual) ? actual is long l ? l == number : RuleValues.AreEqual(actual, number) : missing,
            _ => negate
                ? context => !(path.TryRead(context, out var actual) ? RuleValues.AreEqual(actual, constant) : missing)
                : context => path.TryRead(context, out var actual) ? RuleValues.AreEqual(actual, constant) : missing,
        };
    }

    private static Func<object?, bool> BuildCompare(ContextPath path, object? constant, RuleOp op)
    {
        if (constant is long bound)
        {
            return context => path.TryRead(context, out var actual) && actual switch
            {
                long l => Accept(op, l.CompareTo(bound)),
                int i => Accept(op, ((long)i).CompareTo(bound)),
                double d => Accept(op, d.CompareTo(bound)),
                _ => RuleValues.Compare(actual, bound) is { } c && Accept(op, c),
            };
        }

        if (constant is double limit)
        {
            return context => path.TryRead(context, out var actual) && (actual is double d ? Accept(op, d.CompareTo(limit)) : RuleValues.TryDouble(actual, out var n) ? Accept(op, n.CompareTo(limit)) : RuleValues.Compare(actual, limit) is { } c && Accept(op, c));
        }

        if (constant is string text && RuleValues.TryDate(text, out var date))
        {
            return context => path.TryRead(context, out var actual) && RuleValues.Compare(actual, actual is string ? text : date) is { } c && Accept(op, c);
        }

        return context => path.TryRead(context, out var actual) && RuleValues.Compare(actual, constant) is { } c && Accept(op, c);
    }

    private static bool Accept(RuleOp op, int comparison) => op switch
    {
        RuleOp.Gt => comparison > 0,
        RuleOp.Gte => comparison >= 0,
        RuleOp.Lt => comparison < 0,
        _ => comparison <= 0,
    };

    private static Func<object?, bool> BuildIn(ContextPath path, object? constant, bool negate)
    {
        var items = RuleValues.AsList(constant).ToArray();
        if (items.Length > 0 && items.All(i => i is string))
        {
            var set = new HashSet<string>(items.Cast<string>(), StringComparer.Ordinal);
            return negate
                ? context => !(path.TryRead(context, out var actual) && (actual is string s ? set.Contains(s) : AnyEqual(items, actual)))
                : context => path.TryRead(context, out var actual) && (actual is string s ? set.Contains(s) : AnyEqual(items, actual));
        }

        return negate
            ? context => !AnyEqual(items, path.TryRead(context, out var actual) ? actual : null)
            : context => AnyEqual(items, path.TryRead(context, out var actual) ? actual : null);
    }

    private static Func<object?, bool> BuildContains(ContextPath path, object? constant)
    {
        if (constant is not string text)
        {
            return context => path.TryRead(context, out var actual) && RuleOperators.Contains(actual, constant);
        }

        // Arrays and lists of strings (roles, tags) without going through interface casts.
        return context => path.TryRead(context, out var actual) && actual switch
        {
            string[] strings => Array.IndexOf(strings, text) >= 0,
            List<string> list => list.Contains(text),
            string s => s.Contains(text, StringComparison.Ordinal),
            _ => RuleOperators.Contains(actual, text),
        };
    }

    // A method, not a lambda capturing `actual`: a captured parameter would allocate a closure on every call.
    private static bool AnyEqual(object?[] items, object? actual)
    {
        foreach (var item in items)
        {
            if (RuleValues.AreEqual(actual, item))
            {
                return true;
            }
        }

        return false;
    }

    private static Func<object?, bool> BuildContainsAll(ContextPath path, object? constant)
    {
        if (!RuleValues.IsList(constant))
        {
            return _ => false;
        }

        var required = RuleValues.AsList(constant).ToArray();
        return context =>
        {
            if (!path.TryRead(context, out var actual) || !RuleValues.IsList(actual))
            {
                return false;
            }

            foreach (var item in required)
            {
                if (!RuleValues.ListContains(actual, item))
                {
                    return false;
                }
            }

            return true;
        };
    }

    private Func<object?, bool> BuildMatches(ContextPath path, object? constant)
    {
        if (constant is not string pattern)
        {
            return _ => false;
        }

        var regex = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, RegexTimeout);
        return context =>
        {
            if (!path.TryRead(context, out var actual) || actual is not string text)
            {
                return false;
            }

            try
            {
                return regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        };
    }

    private static Func<object?, bool> BuildSpatial(ContextPath path, object? constant)
    {
        if (!GeoShapes.TryReadPolygon(constant, out var rings))
        {
            return _ => false;
        }

        return context => path.TryRead(context, out var actual) && RuleOperators.SpatialWithin(actual, rings);
    }
}
