using System.Text.Json;
using Platform.Core.Rules;
using Platform.Model.Rules;
using Platform.Model.Values;
using Platform.TestKit;

namespace Platform.Core.Tests.Rules;

public sealed class RuleEngineTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    private static Dictionary<string, object?> Context() => new()
    {
        ["entity"] = new Dictionary<string, object?>
        {
            ["status"] = "active",
            ["total"] = 150L,
            ["price"] = 19.99,
            ["exact"] = 10.5m,
            ["limit"] = 200,
            ["tags"] = new List<object?> { "new", "sale" },
            ["name"] = "Blue Widget",
            ["createdAt"] = new DateTimeOffset(2026, 5, 28, 0, 0, 0, TimeSpan.Zero),
            ["location"] = ValueMap.Of(("lat", 0.5), ("lng", 0.5)),
            ["lines"] = new List<object?> { new Dictionary<string, object?> { ["sku"] = "A1", ["qty"] = 2 } },
            ["notes"] = "",
            ["archived"] = false,
            ["deletedAt"] = null,
        },
        ["actor"] = new Dictionary<string, object?> { ["id"] = "u1", ["roles"] = new[] { "admin", "member" } },
        ["payload"] = JsonDocument.Parse("""{"reason":"late","items":[{"n":1},{"n":2}],"amount":12}""").RootElement,
    };

    private static readonly object Square = ValueMap.Of(("type", "Polygon"), ("coordinates", new object[] { new object[] { new[] { 0.0, 0.0 }, new[] { 1.0, 0.0 }, new[] { 1.0, 1.0 }, new[] { 0.0, 1.0 }, new[] { 0.0, 0.0 } } }));

    public static TheoryData<string, RuleExpr, bool> Cases => new()
    {
        { "eq string", new LeafRule("entity.status", RuleOp.Eq, "active"), true },
        { "eq string miss", new LeafRule("entity.status", RuleOp.Eq, "draft"), false },
        { "neq", new LeafRule("entity.status", RuleOp.Neq, "draft"), true },
        { "eq long vs int", new LeafRule("entity.limit", RuleOp.Eq, 200L), true },
        { "eq decimal vs double", new LeafRule("entity.exact", RuleOp.Eq, 10.5), true },
        { "eq bool", new LeafRule("entity.archived", RuleOp.Eq, false), true },
        { "eq missing is null", new LeafRule("entity.nothing", RuleOp.Eq, null), true },
        { "eq null field", new LeafRule("entity.deletedAt", RuleOp.Eq, null), true },
        { "gt", new LeafRule("entity.total", RuleOp.Gt, 100L), true },
        { "gte equal", new LeafRule("entity.total", RuleOp.Gte, 150L), true },
        { "lt double", new LeafRule("entity.price", RuleOp.Lt, 20L), true },
        { "lte double const", new LeafRule("entity.total", RuleOp.Lte, 149.5), false },
        { "gt missing", new LeafRule("entity.nothing", RuleOp.Gt, 1L), false },
        { "gt incomparable", new LeafRule("entity.status", RuleOp.Gt, 1L), false },
        { "gt date vs iso", new LeafRule("entity.createdAt", RuleOp.Gt, "2026-05-01T00:00:00Z"), true },
        { "lt date vs iso", new LeafRule("entity.createdAt", RuleOp.Lt, "2026-05-01T00:00:00Z"), false },
        { "gt ref", new LeafRule("entity.limit", RuleOp.Gt, new ValueRef("entity.total")), true },
        { "lt ref", new LeafRule("entity.limit", RuleOp.Lt, new ValueRef("entity.total")), false },
        { "in", new LeafRule("entity.status", RuleOp.In, new ValueList(["draft", "active"])), true },
        { "in numbers", new LeafRule("entity.total", RuleOp.In, new ValueList([1, 150])), true },
        { "nin", new LeafRule("entity.status", RuleOp.Nin, new ValueList(["draft"])), true },
        { "nin missing", new LeafRule("entity.nothing", RuleOp.Nin, new ValueList(["draft"])), true },
        { "contains list", new LeafRule("actor.roles", RuleOp.Contains, "admin"), true },
        { "contains list miss", new LeafRule("actor.roles", RuleOp.Contains, "owner"), false },
        { "contains string", new LeafRule("entity.name", RuleOp.Contains, "Widget"), true },
        { "containsAll", new LeafRule("entity.tags", RuleOp.ContainsAll, new ValueList(["sale", "new"])), true },
        { "containsAll miss", new LeafRule("entity.tags", RuleOp.ContainsAll, new ValueList(["sale", "old"])), false },
        { "containsAll not a list", new LeafRule("entity.tags", RuleOp.ContainsAll, "sale"), false },
        { "matches", new LeafRule("entity.name", RuleOp.Matches, "^Blue\\s+\\w+$"), true },
        { "matches miss", new LeafRule("entity.name", RuleOp.Matches, "^Red"), false },
        { "matches non-string", new LeafRule("entity.total", RuleOp.Matches, "1"), false },
        { "exists", new LeafRule("entity.status", RuleOp.Exists), true },
        { "exists null", new LeafRule("entity.deletedAt", RuleOp.Exists), false },
        { "exists missing", new LeafRule("entity.nothing", RuleOp.Exists), false },
        { "empty string", new LeafRule("entity.notes", RuleOp.Empty), true },
        { "empty missing", new LeafRule("entity.nothing", RuleOp.Empty), true },
        { "empty list", new LeafRule("entity.tags", RuleOp.Empty), false },
        { "withinDays", new LeafRule("entity.createdAt", RuleOp.WithinDays, 7L), true },
        { "withinDays miss", new LeafRule("entity.createdAt", RuleOp.WithinDays, 2L), false },
        { "spatialWithin", new LeafRule("entity.location", RuleOp.SpatialWithin, Square), true },
        { "list index path", new LeafRule("entity.lines.0.sku", RuleOp.Eq, "A1"), true },
        { "list index out of range", new LeafRule("entity.lines.3.sku", RuleOp.Exists), false },
        { "json path", new LeafRule("payload.reason", RuleOp.Eq, "late"), true },
        { "json array path", new LeafRule("payload.items.1.n", RuleOp.Gte, 2L), true },
        { "json number", new LeafRule("payload.amount", RuleOp.Lt, 12.5), true },
        { "and", new AndRule([new LeafRule("entity.status", RuleOp.Eq, "active"), new LeafRule("entity.total", RuleOp.Gt, 100L)]), true },
        { "and one fails", new AndRule([new LeafRule("entity.status", RuleOp.Eq, "active"), new LeafRule("entity.total", RuleOp.Gt, 1000L)]), false },
        { "and empty", new AndRule([]), true },
        { "or", new OrRule([new LeafRule("entity.status", RuleOp.Eq, "draft"), new LeafRule("entity.total", RuleOp.Gt, 100L)]), true },
        { "or empty", new OrRule([]), false },
        { "or three", new OrRule([new LeafRule("a", RuleOp.Exists), new LeafRule("b", RuleOp.Exists), new LeafRule("entity.name", RuleOp.Exists)]), true },
        { "not", new NotRule(new LeafRule("entity.status", RuleOp.Eq, "draft")), true },

        // Leaves sharing a parent are compiled to read it once; the results must not change.
        { "grouped missing parent", new AndRule([new LeafRule("missing.a", RuleOp.Empty), new LeafRule("missing.b", RuleOp.Nin, new ValueList(["x"])), new LeafRule("missing.c", RuleOp.Eq, null)]), true },
        { "grouped missing parent exists", new OrRule([new LeafRule("missing.a", RuleOp.Exists), new LeafRule("missing.b", RuleOp.Eq, "x")]), false },
        { "grouped null parent", new NotRule(new OrRule([new LeafRule("entity.deletedAt.x", RuleOp.Exists), new LeafRule("entity.deletedAt.y", RuleOp.Exists)])), true },
        { "grouped json parent", new AndRule([new LeafRule("payload.reason", RuleOp.Eq, "late"), new LeafRule("payload.amount", RuleOp.Lt, 13L), new LeafRule("payload.items.0.n", RuleOp.Eq, 1L)]), true },
        { "grouped nested", new AndRule([new LeafRule("entity.lines.0.sku", RuleOp.Eq, "A1"), new LeafRule("entity.lines.0.qty", RuleOp.Eq, 2L), new LeafRule("entity.status", RuleOp.Eq, "active")]), true },
        { "grouped or fails", new OrRule([new LeafRule("entity.status", RuleOp.Eq, "draft"), new LeafRule("entity.total", RuleOp.Lt, 10L)]), false },
        { "grouped with ref beside", new AndRule([new LeafRule("entity.total", RuleOp.Lt, new ValueRef("entity.limit")), new LeafRule("entity.total", RuleOp.Gt, 100L)]), true },
        { "contains on list of objects", new LeafRule("entity.tags", RuleOp.Contains, "sale"), true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Compiled_AndExplain_Agree(string name, RuleExpr rule, bool expected)
    {
        var engine = new RuleEngine(Clock);
        var context = Context();

        Assert.True(expected == engine.Evaluate(rule, context), $"{name}: interpreted");
        Assert.True(expected == engine.Compile(rule).Evaluate(context), $"{name}: compiled");
        Assert.True(expected == engine.Explain(rule, context).Passed, $"{name}: explained");
    }

    [Fact]
    public void Explain_FailingLeaves_NameFieldOpExpectedActualInASentence()
    {
        var engine = new RuleEngine(Clock);
        var rule = new AndRule([
            new LeafRule("entity.total", RuleOp.Gte, 500L),
            new LeafRule("entity.status", RuleOp.Eq, "active"),
            new LeafRule("actor.roles", RuleOp.Contains, "owner"),
            new LeafRule("entity.nothing", RuleOp.Exists),
        ]);

        var explanation = engine.Explain(rule, Context());

        Assert.False(explanation.Passed);
        Assert.Equal(3, explanation.Failures.Count);
        var first = explanation.Failures[0];
        Assert.Equal(("entity.total", RuleOp.Gte, (object?)500L, (object?)150L), (first.Field, first.Op, first.Expected, first.Actual));
        Assert.Equal("entity.total is 150, but it must be at least 500.", first.Message);
        Assert.Equal("actor.roles is ['admin', 'member'], but it must contain 'owner'.", explanation.Failures[1].Message);
        Assert.Equal("entity.nothing is missing, but it must be present.", explanation.Failures[2].Message);
    }

    [Fact]
    public void Explain_UnderNot_SaysWhatMustNotHold()
    {
        var engine = new RuleEngine(Clock);
        var rule = new NotRule(new OrRule([new LeafRule("entity.status", RuleOp.Eq, "active"), new LeafRule("entity.total", RuleOp.Gt, 1000L)]));

        var explanation = engine.Explain(rule, Context());

        var failure = Assert.Single(explanation.Failures);
        Assert.True(failure.Negated);
        Assert.Equal("entity.status is 'active', but it must not equal 'active'.", failure.Message);
    }

    [Fact]
    public void Explain_OrThatFails_ListsEveryAlternative_AndPassingRuleHasNoFailures()
    {
        var engine = new RuleEngine(Clock);
        var failing = new OrRule([new LeafRule("entity.status", RuleOp.Eq, "draft"), new LeafRule("entity.total", RuleOp.Lt, 10L)]);

        Assert.Equal(2, engine.Explain(failing, Context()).Failures.Count);
        Assert.Empty(engine.Explain(new NotRule(failing), Context()).Failures);
        Assert.Equal("The rule holds.", engine.Explain(new NotRule(failing), Context()).Summary);
    }

    [Fact]
    public void RefRules_ResolveFromTheRegistry()
    {
        var engine = new RuleEngine(Clock);
        engine.Register("is-active", new LeafRule("entity.status", RuleOp.Eq, "active"));
        engine.Register("big-active", new AndRule([new RefRule("is-active"), new LeafRule("entity.total", RuleOp.Gt, 100L)]));

        Assert.True(engine.Evaluate(new RefRule("big-active"), Context()));
        Assert.True(engine.Compile(new RefRule("big-active")).Evaluate(Context()));
        Assert.Equal(new AndRule([new LeafRule("entity.status", RuleOp.Eq, "active"), new LeafRule("entity.total", RuleOp.Gt, 100L)]), engine.Expand(new RefRule("big-active")));
    }

    [Fact]
    public void Register_Cycle_IsRejectedShowingTheCycle()
    {
        var engine = new RuleEngine(Clock);
        engine.Register("a", new RefRule("b"));
        engine.Register("b", new AndRule([new RefRule("c")]));

        var error = Assert.Throws<RuleResolutionException>(() => engine.Register("c", new NotRule(new RefRule("a"))));

        Assert.Contains("c → a → b → c", error.Message, StringComparison.Ordinal);
        Assert.False(engine.IsRegistered("c"));
        Assert.Throws<RuleResolutionException>(() => engine.Register("self", new RefRule("self")));
    }

    [Fact]
    public void UnknownRef_IsAClearError()
    {
        var engine = new RuleEngine(Clock);
        engine.Register("known", new LeafRule("a", RuleOp.Exists));

        var error = Assert.Throws<RuleResolutionException>(() => engine.Compile(new RefRule("missing")));

        Assert.Contains("'missing' is not registered", error.Message, StringComparison.Ordinal);
        Assert.Contains("known", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_FillTheirParameters()
    {
        var engine = new RuleEngine(Clock);
        engine.Register("min-total", new LeafRule("entity.total", RuleOp.Gte, new ParamRef("amount")));

        Assert.True(engine.Evaluate(new TemplateRule("min-total", ValueMap.Of(("amount", 100))), Context()));
        Assert.False(engine.Compile(new TemplateRule("min-total", ValueMap.Of(("amount", 1000)))).Evaluate(Context()));
        var error = Assert.Throws<RuleResolutionException>(() => engine.Compile(new TemplateRule("min-total", ValueMap.Empty)));
        Assert.Contains("needs parameter 'amount'", error.Message, StringComparison.Ordinal);
        Assert.Throws<RuleResolutionException>(() => engine.Compile(new RefRule("min-total")));
    }

    [Fact]
    public void CompiledRule_KeepsItsInlinedCopy_AfterUnregister()
    {
        var engine = new RuleEngine(Clock);
        engine.Register("is-active", new LeafRule("entity.status", RuleOp.Eq, "active"));
        var compiled = engine.Compile(new RefRule("is-active"));

        Assert.True(engine.Unregister("is-active"));

        Assert.True(compiled.Evaluate(Context()));
        Assert.Throws<RuleResolutionException>(() => engine.Evaluate(new RefRule("is-active"), Context()));
    }

    [Fact]
    public void Matches_CatastrophicPattern_TimesOutAsNoMatch()
    {
        var engine = new RuleEngine(Clock, TimeSpan.FromMilliseconds(20));
        var rule = new LeafRule("text", RuleOp.Matches, "^(a+)+$");
        var context = new Dictionary<string, object?> { ["text"] = new string('a', 40) + "!" };

        Assert.False(engine.Evaluate(rule, context));
        Assert.False(engine.Compile(rule).Evaluate(context));
    }

    [Fact]
    public void WithinDays_FollowsTheClock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var engine = new RuleEngine(clock);
        var compiled = engine.Compile(new LeafRule("at", RuleOp.WithinDays, 1L));
        var context = new Dictionary<string, object?> { ["at"] = "2026-06-01T12:00:00Z" };

        Assert.True(compiled.Evaluate(context));
        clock.Advance(TimeSpan.FromDays(3));
        Assert.False(compiled.Evaluate(context));
    }

    [Fact]
    public void CompiledEvaluation_DoesNotAllocate()
    {
        var engine = new RuleEngine(Clock);
        var compiled = engine.Compile(new AndRule([
            new LeafRule("entity.status", RuleOp.Eq, "active"),
            new LeafRule("entity.total", RuleOp.Gte, 100L),
            new LeafRule("entity.price", RuleOp.Lt, 20.0),
            new LeafRule("actor.roles", RuleOp.Contains, "admin"),
            new LeafRule("entity.status", RuleOp.In, new ValueList(["active", "draft"])),
            new LeafRule("entity.deletedAt", RuleOp.Exists),
        ]));
        var context = Context();
        for (var i = 0; i < 20_000; i++)
        {
            compiled.Evaluate(context); // past tiered compilation, whose first tiers may allocate
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            compiled.Evaluate(context);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
