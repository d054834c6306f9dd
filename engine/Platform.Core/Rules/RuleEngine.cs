using System.Collections.Concurrent;
using Platform.Model.Rules;

namespace Platform.Core.Rules;

/// <summary>
/// Evaluates, compiles and explains rules (seed 001 § 5), and keeps the registry of named rules
/// and templates. Contexts are nested dictionaries, lists and JSON: <c>{entity, actor, payload}</c>
/// for state-machine guards.
/// </summary>
/// <remarks>Thread-safe. <see cref="Evaluate"/> walks the tree on every call; use <see cref="Compile"/> on hot paths.</remarks>
public sealed partial class RuleEngine
{
    private readonly ConcurrentDictionary<string, RuleExpr> _registry = new(StringComparer.Ordinal);
    private readonly Lock _registrationGate = new();
    private readonly TimeProvider _time;

    /// <summary>Creates an engine.</summary>
    /// <param name="time">The clock for <c>withinDays</c> (system clock by default).</param>
    /// <param name="regexTimeout">How long a <c>matches</c> may run before it counts as no match (default 100 ms).</param>
    public RuleEngine(TimeProvider? time = null, TimeSpan? regexTimeout = null)
    {
        _time = time ?? TimeProvider.System;
        RegexTimeout = regexTimeout ?? TimeSpan.FromMilliseconds(100);
    }

    /// <summary>The match timeout of <c>matches</c>.</summary>
    public TimeSpan RegexTimeout { get; }

    /// <summary>Registers a named rule or template (a rule with <see cref="ParamRef"/> placeholders).</summary>
    /// <exception cref="RuleResolutionException">The rule would make rules refer to each other in a cycle; the message shows the cycle.</exception>
    public void Register(string id, RuleExpr expr)
    {
        lock (_registrationGate)
        {
            var cycle = FindCycle(id, expr, [id]);
            if (cycle is not null)
            {
                throw new RuleResolutionException($"Rule '{id}' would form a cycle: {string.Join(" → ", cycle)}. Break the cycle by inlining one of the conditions.");
            }

            _registry[id] = expr;
        }
    }

    /// <summary>The named rule <paramref name="id"/>.</summary>
    /// <exception cref="RuleResolutionException">No such rule.</exception>
    public RuleExpr Resolve(string id) =>
        _registry.TryGetValue(id, out var rule) ? rule : throw new RuleResolutionException($"Rule '{id}' is not registered. Registered rules: {string.Join(", ", _registry.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Whether <paramref name="id"/> is registered.</summary>
    public bool IsRegistered(string id) => _registry.ContainsKey(id);

    /// <summary>Removes a named rule; rules compiled before keep their inlined copy.</summary>
    public bool Unregister(string id) => _registry.TryRemove(id, out _);

    /// <summary>Evaluates <paramref name="expr"/> against <paramref name="context"/> by walking the tree.</summary>
    public bool Evaluate(RuleExpr expr, object? context) => expr switch
    {
        LeafRule leaf => EvaluateLeaf(leaf, context),
        AndRule and => and.Rules.All(r => Evaluate(r, context)),
        OrRule or => or.Rules.Any(r => Evaluate(r, context)),
        NotRule not => !Evaluate(not.Rule, context),
        RefRule reference => Evaluate(Resolve(reference.Id), context),
        TemplateRule template => Evaluate(Substitute(Resolve(template.Template), template), context),
        _ => throw new ArgumentException($"Unknown rule type {expr.GetType().Name}.", nameof(expr)),
    };

    /// <summary>Compiles <paramref name="expr"/> to delegates.</summary>
    /// <exception cref="RuleResolutionException">A referenced rule or template parameter is missing.</exception>
    public CompiledRule Compile(RuleExpr expr)
    {
        var expanded = Expand(expr);
        return new CompiledRule(expr, expanded, CompileToMethod(expanded), this);
    }

    /// <summary>Explains why <paramref name="expr"/> passes or fails on <paramref name="context"/>.</summary>
    public RuleExplanation Explain(RuleExpr expr, object? context) => ExplainExpanded(Expand(expr), context);

    /// <summary>Inlines references and templates (the form <see cref="Compile"/> works on).</summary>
    public RuleExpr Expand(RuleExpr expr) => expr switch
    {
        LeafRule leaf when leaf.Value is ParamRef p => throw new RuleResolutionException($"Parameter '{p.Name}' of '{leaf.Field}' is unbound; use the rule through {{template: …, params: {{{p.Name}: …}}}}."),
        LeafRule => expr,
        AndRule and => new AndRule(and.Rules.Select(Expand).ToArray()),
        OrRule or => new OrRule(or.Rules.Select(Expand).ToArray()),
        NotRule not => new NotRule(Expand(not.Rule)),
        RefRule reference => Expand(Resolve(reference.Id)),
        TemplateRule template => Expand(Substitute(Resolve(template.Template), template)),
        _ => throw new ArgumentException($"Unknown rule type {expr.GetType().Name}.", nameof(expr)),
    };

    private bool EvaluateLeaf(LeafRule leaf, object? context)
    {
        var found = ContextPath.TryRead(context, leaf.Field, out var actual);
        var expected = ResolveExpected(leaf.Value, context);
        var now = leaf.Op == RuleOp.WithinDays ? _time.GetUtcNow() : default;
        return RuleOperators.Apply(leaf.Op, found, actual, expected, now, RegexTimeout);
    }

    private static object? ResolveExpected(object? value, object? context) =>
        value is ValueRef reference ? (ContextPath.TryRead(context, reference.Path, out var v) ? v : null) : value;

    private static RuleExpr Substitute(RuleExpr expr, TemplateRule template) => expr switch
    {
        LeafRule { Value: ParamRef p } leaf => leaf with
        {
            Value = template.Params.TryGetValue(p.Name, out var value)
                ? value
                : throw new RuleResolutionException($"Template '{template.Template}' needs parameter '{p.Name}'; add it to params."),
        },
        LeafRule => expr,
        AndRule and => new AndRule(and.Rules.Select(r => Substitute(r, template)).ToArray()),
        OrRule or => new OrRule(or.Rules.Select(r => Substitute(r, template)).ToArray()),
        NotRule not => new NotRule(Substitute(not.Rule, template)),
        _ => expr, // references inside a template are resolved with their own parameters
    };

    private List<string>? FindCycle(string root, RuleExpr expr, List<string> chain)
    {
        foreach (var referenced in References(expr))
        {
            if (referenced == root)
            {
                return [.. chain, root];
            }

            if (!chain.Contains(referenced) && _registry.TryGetValue(referenced, out var next))
            {
                var cycle = FindCycle(root, next, [.. chain, referenced]);
                if (cycle is not null)
                {
                    return cycle;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> References(RuleExpr expr) => expr switch
    {
        RefRule reference => [reference.Id],
        TemplateRule template => [template.Template],
        AndRule and => and.Rules.SelectMany(References),
        OrRule or => or.Rules.SelectMany(References),
        NotRule not => References(not.Rule),
        _ => [],
    };
}
