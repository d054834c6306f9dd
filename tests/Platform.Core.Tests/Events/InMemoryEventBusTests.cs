using Platform.Core.Events;

namespace Platform.Core.Tests.Events;

public sealed class InMemoryEventBusTests
{
    private static DomainEvent Event(string type, string org = "org_1") =>
        new("evt_" + Guid.NewGuid().ToString("N"), type, "item_1", "Item", org, 1, "catalog", DateTimeOffset.UnixEpoch, "corr_1");

    [Theory]
    [InlineData("catalog.item.created", true)]
    [InlineData("catalog.*", true)]
    [InlineData("*.created", true)]
    [InlineData("catalog.*.created", true)]
    [InlineData("*", true)]
    [InlineData("*.item.*", true)]
    [InlineData("catalog.item", false)]
    [InlineData("catalog.*.item.created", false)]
    [InlineData("*.updated", false)]
    [InlineData("inventory.*", false)]
    [InlineData("catalog.item.created.more", false)]
    public void Pattern_MatchesWholeSegments(string pattern, bool matches) =>
        Assert.Equal(matches, new EventPattern(pattern).Matches("catalog.item.created"));

    [Theory]
    [InlineData("cat*")]
    [InlineData("catalog..created")]
    [InlineData("")]
    [InlineData("catalog.")]
    public void Pattern_Malformed_IsRejected(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => new EventPattern(pattern));

        Assert.Contains("'*' stands alone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_RunsMatchingHandlers_ByPriorityThenSubscriptionOrder()
    {
        var bus = new InMemoryEventBus();
        var calls = new List<string>();
        bus.Subscribe("catalog.*", (_, _) => Record("low"));
        bus.Subscribe("*.created", (_, _) => Record("high"), new SubscribeOptions { Priority = 10 });
        bus.Subscribe("catalog.item.created", (_, _) => Record("low-second"));
        bus.Subscribe("inventory.*", (_, _) => Record("never"));

        var report = await bus.PublishAsync(Event("catalog.item.created"));

        Assert.Equal(["high", "low", "low-second"], calls);
        Assert.Equal(3, report.Delivered);

        ValueTask Record(string name)
        {
            calls.Add(name);
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task FailingHandler_DoesNotStopOthers_AndIsReported()
    {
        var bus = new InMemoryEventBus();
        var reported = new List<HandlerFailure>();
        bus.HandlerFailed += reported.Add;
        var ran = 0;
        bus.Subscribe("*", (_, _) => throw new InvalidOperationException("boom"), new SubscribeOptions { Name = "broken", Priority = 1 });
        bus.Subscribe("*", (_, _) => { ran++; return ValueTask.CompletedTask; });

        var report = await bus.PublishAsync(Event("catalog.item.created"));

        Assert.Equal(1, ran);
        var failure = Assert.Single(report.Failures);
        Assert.Equal("broken", failure.Subscription);
        Assert.Equal("boom", failure.Exception.Message);
        Assert.Single(reported);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public async Task Filter_SelectsEvents_AndAThrowingFilterIsAFailure()
    {
        var bus = new InMemoryEventBus();
        var seen = new List<string>();
        bus.Subscribe("*", (e, _) => { seen.Add(e.OrgId); return ValueTask.CompletedTask; }, new SubscribeOptions { Filter = e => e.OrgId == "org_2" });
        bus.Subscribe("*", (_, _) => ValueTask.CompletedTask, new SubscribeOptions { Filter = _ => throw new InvalidOperationException("bad filter") });

        var first = await bus.PublishAsync(Event("a.b.c", "org_1"));
        await bus.PublishAsync(Event("a.b.c", "org_2"));

        Assert.Equal(["org_2"], seen);
        Assert.Single(first.Failures);
    }

    [Fact]
    public async Task Unsubscribe_StopsDelivery_AndIsIdempotent()
    {
        var bus = new InMemoryEventBus();
        var count = 0;
        var subscription = bus.Subscribe("*", (_, _) => { count++; return ValueTask.CompletedTask; });
        await bus.PublishAsync(Event("a.b.c"));

        subscription.Dispose();
        subscription.Dispose();
        await bus.PublishAsync(Event("a.b.c"));

        Assert.Equal(1, count);
        Assert.Equal(0, bus.SubscriptionCount);
    }

    [Fact]
    public async Task SubscribeAfterPublish_SeesTheNextEventOfTheSameType()
    {
        var bus = new InMemoryEventBus();
        await bus.PublishAsync(Event("a.b.c")); // fills the per-type cache
        var count = 0;

        bus.Subscribe("a.*", (_, _) => { count++; return ValueTask.CompletedTask; });
        await bus.PublishAsync(Event("a.b.c"));

        Assert.Equal(1, count);
    }

    [Fact]
    public async Task HandlerUnsubscribingDuringPublish_DoesNotBreakThePublish()
    {
        var bus = new InMemoryEventBus();
        IDisposable? second = null;
        var secondRan = false;
        bus.Subscribe("*", (_, _) => { second!.Dispose(); return ValueTask.CompletedTask; }, new SubscribeOptions { Priority = 1 });
        second = bus.Subscribe("*", (_, _) => { secondRan = true; return ValueTask.CompletedTask; });

        var report = await bus.PublishAsync(Event("a.b.c"));

        Assert.True(report.Succeeded);
        Assert.False(secondRan);
    }

    [Fact]
    public async Task PublishBatch_DeliversInOrder_AndSumsReports()
    {
        var bus = new InMemoryEventBus();
        var types = new List<string>();
        bus.Subscribe("*", (e, _) => { types.Add(e.Type); return ValueTask.CompletedTask; });

        var report = await bus.PublishBatchAsync([Event("a.b.one"), Event("a.b.two")]);

        Assert.Equal(["a.b.one", "a.b.two"], types);
        Assert.Equal(2, report.Delivered);
    }

    [Fact]
    public void EventTypes_BuildAndValidateNames()
    {
        Assert.Equal("catalog.item.created", EventTypes.For("catalog", "Item", EventTypes.Created));
        Assert.True(EventTypes.IsValid("catalog.order-line.shipped"));
        Assert.False(EventTypes.IsValid("Catalog.Item"));
        Assert.False(EventTypes.IsValid("catalog..x"));
    }
}
