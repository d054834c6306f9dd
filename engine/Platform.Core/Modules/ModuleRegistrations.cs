using Platform.Core.Events;
using Platform.Core.Realtime;

namespace Platform.Core.Modules;

/// <summary>
/// What a module subscribed to at boot (event handlers, realtime forwards), so that shutting it down
/// removes them: once a module unloads, nothing the platform keeps may point into its code.
/// </summary>
internal sealed class ModuleRegistrations(IEventBus bus, IRealTimeBridge bridge) : IEventBus, IRealTimeBridge, IDisposable
{
    private readonly List<IDisposable> _registrations = [];

    /// <inheritdoc />
    public Task<PublishReport> PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default) => bus.PublishAsync(domainEvent, cancellationToken);

    /// <inheritdoc />
    public Task<PublishReport> PublishBatchAsync(IEnumerable<DomainEvent> events, CancellationToken cancellationToken = default) => bus.PublishBatchAsync(events, cancellationToken);

    /// <inheritdoc />
    public IDisposable Subscribe(string pattern, EventCallback handler, SubscribeOptions? options = null) => Track(bus.Subscribe(pattern, handler, options));

    /// <inheritdoc />
    public IDisposable Forward(string eventPattern, Func<DomainEvent, string> toChannel, Func<DomainEvent, bool>? filter = null) => Track(bridge.Forward(eventPattern, toChannel, filter));

    /// <summary>Removes every subscription made through this object.</summary>
    public void Dispose()
    {
        lock (_registrations)
        {
            _registrations.ForEach(r => r.Dispose());
            _registrations.Clear();
        }
    }

    private IDisposable Track(IDisposable registration)
    {
        lock (_registrations)
        {
            _registrations.Add(registration);
        }

        return registration;
    }
}
