using BenchmarkDotNet.Attributes;
using Platform.Core.Events;

namespace Platform.Benchmarks;

/// <summary>Publishing one event to 100 matching subscribers, against calling the 100 handlers directly.</summary>
[MemoryDiagnoser]
public class EventBusBenchmarks
{
    private readonly InMemoryEventBus _bus = new();
    private readonly EventCallback[] _handlers = new EventCallback[100];
    private DomainEvent _event = null!;
    private long _count;

    [GlobalSetup]
    public void Setup()
    {
        string[] patterns = ["catalog.item.created", "catalog.*", "*.created", "catalog.*.created", "*"];
        for (var i = 0; i < 100; i++)
        {
            EventCallback handler = (_, _) =>
            {
                _count++;
                return ValueTask.CompletedTask;
            };
            _handlers[i] = handler;
            _bus.Subscribe(patterns[i % patterns.Length], handler, new SubscribeOptions { Priority = i % 3 });
        }

        // 100 subscriptions on other types must not slow the matching ones down.
        for (var i = 0; i < 100; i++)
        {
            _bus.Subscribe($"inventory.thing{i}.*", (_, _) => ValueTask.CompletedTask);
        }

        _event = new DomainEvent("evt_1", "catalog.item.created", "item_1", "Item", "org_1", 1, "catalog", DateTimeOffset.UnixEpoch, "corr_1");
    }

    [Benchmark(Baseline = true)]
    public async Task DirectCalls()
    {
        foreach (var handler in _handlers)
        {
            await handler(_event, CancellationToken.None);
        }
    }

    [Benchmark]
    public Task<PublishReport> Publish() => _bus.PublishAsync(_event);
}
