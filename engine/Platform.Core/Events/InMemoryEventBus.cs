using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Platform.Core.Events;

/// <summary>
/// The in-process <see cref="IEventBus"/>. Handlers run one after another in priority order, so a
/// handler sees the effects of higher-priority ones. Which subscriptions match an event type is
/// computed once per type and cached until the subscriptions change.
/// </summary>
public sealed partial class InMemoryEventBus : IEventBus
{
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private Snapshot _snapshot = new([]);
    private long _sequence;

    /// <summary>Creates a bus that logs handler failures to <paramref name="logger"/>.</summary>
    public InMemoryEventBus(ILogger<InMemoryEventBus>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Raised for each handler failure, after it is logged.</summary>
    public event Action<HandlerFailure>? HandlerFailed;

    /// <summary>The number of live subscriptions.</summary>
    public int SubscriptionCount => Volatile.Read(ref _snapshot).Subscriptions.Length;

    /// <inheritdoc />
    public async Task<PublishReport> PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var matching = Volatile.Read(ref _snapshot).Matching(domainEvent.Type);
        var delivered = 0;
        List<HandlerFailure>? failures = null;
        foreach (var subscription in matching)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (subscription.IsDisposed)
            {
                continue;
            }

            try
            {
                if (subscription.Options.Filter is { } filter && !filter(domainEvent))
                {
                    continue;
                }

                await subscription.Handler(domainEvent, cancellationToken).ConfigureAwait(false);
                delivered++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var failure = new HandlerFailure(subscription.Name, domainEvent.Id, exception);
                (failures ??= []).Add(failure);
                LogHandlerFailed(_logger, exception, subscription.Name, domainEvent.Type, domainEvent.Id);
                HandlerFailed?.Invoke(failure);
            }
        }

        return new PublishReport(delivered, (IReadOnlyList<HandlerFailure>?)failures ?? []);
    }

    /// <inheritdoc />
    public async Task<PublishReport> PublishBatchAsync(IEnumerable<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        var report = new PublishReport(0, []);
        foreach (var domainEvent in events)
        {
            report = report.Add(await PublishAsync(domainEvent, cancellationToken).ConfigureAwait(false));
        }

        return report;
    }

    /// <inheritdoc />
    public IDisposable Subscribe(string pattern, EventCallback handler, SubscribeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        options ??= new SubscribeOptions();
        var subscription = new Subscription(this, new EventPattern(pattern), handler, options, Interlocked.Increment(ref _sequence));
        lock (_gate)
        {
            _snapshot = new Snapshot([.. _snapshot.Subscriptions, subscription]);
        }

        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _snapshot = new Snapshot([.. _snapshot.Subscriptions.Where(s => s != subscription)]);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Event handler {Subscription} failed on {EventType} event {EventId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string subscription, string eventType, string eventId);

    // The subscriptions and the per-type match cache change together: a publish reads one
    // snapshot, so a cache entry can never describe another set of subscriptions.
    private sealed class Snapshot(Subscription[] subscriptions)
    {
        private readonly ConcurrentDictionary<string, Subscription[]> _byType = new(StringComparer.Ordinal);

        public Subscription[] Subscriptions { get; } = subscriptions;

        public Subscription[] Matching(string eventType) =>
            _byType.GetOrAdd(eventType, static (type, all) => all
                .Where(s => s.Pattern.Matches(type))
                .OrderByDescending(s => s.Options.Priority)
                .ThenBy(s => s.Sequence)
                .ToArray(), Subscriptions);
    }

    private sealed class Subscription(InMemoryEventBus bus, EventPattern pattern, EventCallback handler, SubscribeOptions options, long sequence) : IDisposable
    {
        private int _disposed;

        public EventPattern Pattern { get; } = pattern;

        public EventCallback Handler { get; } = handler;

        public SubscribeOptions Options { get; } = options;

        public long Sequence { get; } = sequence;

        public string Name => Options.Name ?? Pattern.Text;

        public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                bus.Remove(this);
            }
        }
    }
}
