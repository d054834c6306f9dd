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
                return BuildJunction(and.Rules.Select(BuildDelegate).ToArray(), all: true);
            case OrRule or:
                return BuildJunction(or.Rules.Select(BuildDelegate).ToArray(), all: false);
            default:
                throw new ArgumentException($"Rule type {expr.GetType().Name} must be expanded before compiling.", nameof(expr));
        }
    }

    private static Func<object?, bool> BuildJunction(Func<object?, bool>[] parts, bool all)
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
            RuleOp.Gt => BuildCompare(path, constant, c => c > 0),
            RuleOp.Gte => BuildCompare(path, constant, c => c >= 0),
            RuleOp.Lt => BuildCompare(path, constant, c => c < 0),
            RuleOp.Lte => BuildCompare(path, constant, c => c <= 0),
            RuleOp.In => BuildIn(path, constant, negate: false),
            RuleOp.Nin => BuildIn(path, constant, negate: true),
            RuleOp.Contains => context => path.TryRead(context, out var actual) && RuleOperators.Contains(actual, constant),
            RuleOp.ContainsAll => BuildContainsAll(path, constant),
            RuleOp.Matches => BuildMatches(path, constant),
            RuleOp.Exists => context => path.TryRead(context, out var actual) && actual is not null,
            RuleOp.Empty => context => !path.TryRead(context, out var actual) || RuleValues.IsEmpty(actual),
            RuleOp.WithinDays => context => path.TryRead(context, out var actual) && RuleOperators.WithinDays(actual, constant, _time.GetUtcNow()),
            RuleOp.SpatialWithin => BuildSpatial(path, constant),
            _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf.Op, "Unknown operator."),
        };
    }

    private static Func<object?, bool> BuildEquals(ContextPath path, object? constant, bool negate)
    {
        Func<object?, bool> equals = constant switch
        {
            string text when !RuleValues.TryDate(text, out _) => actual => actual is string s ? string.Equals(s, text, StringComparison.Ordinal) : RuleValues.AreEqual(actual, text),
            long number => actual => actual switch
            {
                long l => l == number,
                int i => i == number,
                _ => RuleValues.AreEqual(actual, number),
            },
            bool flag => actual => actual is bool b ? b == flag : RuleValues.AreEqual(actual, flag),
            _ => actual => RuleValues.AreEqual(actual, constant),
        };
        return negate
            ? context => !(path.TryRead(context, out var actual) ? equals(actual) : constant is null)
            : context => path.TryRead(context, out var actual) ? equals(actual) : constant is null;
    }

    private static Func<object?, bool> BuildCompare(ContextPath path, object? constant, Func<int, bool> accept)
    {
        if (constant is long bound)
        {
            return context =>
            {
                if (!path.TryRead(context, out var actual))
                {
                    return false;
                }

                return actual switch
                {
                    long l => accept(l.CompareTo(bound)),
                    int i => accept(((long)i).CompareTo(bound)),
                    double d => accept(d.CompareTo(bound)),
                    _ => RuleValues.Compare(actual, bound) is { } c && accept(c),
                };
            };
        }

        if (constant is double limit)
        {
            return context => path.TryRead(context, out var actual) && (RuleValues.TryDouble(actual, out var d) ? accept(d.CompareTo(limit)) : RuleValues.Compare(actual, limit) is { } c && accept(c));
        }

        if (constant is string text && RuleValues.TryDate(text, out var date))
        {
            return context => path.TryRead(context, out var actual) && RuleValues.Compare(actual, actual is string ? text : date) is { } c && accept(c);
        }

        return context => path.TryRead(context, out var actual) && RuleValues.Compare(actual, constant) is { } c && accept(c);
    }

    private static Func<object?, bool> BuildIn(ContextPath path, object? constant, bool negate)
    {
        var items = RuleValues.AsList(constant).ToArray();
        Func<object?, bool> member;
        if (items.Length > 0 && items.All(i => i is string))
        {
            var set = new HashSet<string>(items.Cast<string>(), StringComparer.Ordinal);
            member = actual => actual is string s ? set.Contains(s) : AnyEqual(items, actual);
        }
        else
        {
            member = actual => AnyEqual(items, actual);
        }

        return negate
            ? context => !member(path.TryRead(context, out var actual) ? actual : null)
            : context => member(path.TryRead(context, out var actual) ? actual : null);
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
