using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Events;

namespace Platform.Core.Realtime;

/// <summary>
/// Subscribes to the event bus and publishes matching events to the channels a mapping names.
/// A mapping that names another organization's channel is refused for that event (and logged):
/// an event of one tenant never reaches another's clients, whatever a module's mapping says.
/// </summary>
public sealed partial class RealTimeBridge : IRealTimeBridge
{
    private readonly IEventBus _bus;
    private readonly IRealTimeGateway _gateway;
    private readonly ILogger _logger;

    /// <summary>Creates a bridge from <paramref name="bus"/> to <paramref name="gateway"/>.</summary>
    public RealTimeBridge(IEventBus bus, IRealTimeGateway gateway, ILogger<RealTimeBridge>? logger = null)
    {
        _bus = bus;
        _gateway = gateway;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public IDisposable Forward(string eventPattern, Func<DomainEvent, string> toChannel, Func<DomainEvent, bool>? filter = null) =>
        _bus.Subscribe(
            eventPattern,
            async (domainEvent, cancellationToken) =>
            {
                var channel = toChannel(domainEvent);
                if (!ChannelName.IsSystem(channel) && (!ChannelName.TryGetOrg(channel, out var orgId) || orgId != domainEvent.OrgId))
                {
                    LogCrossTenant(_logger, domainEvent.Type, domainEvent.OrgId, channel);
                    return;
                }

                await _gateway.PublishAsync(channel, domainEvent, cancellationToken).ConfigureAwait(false);
            },
            new SubscribeOptions { Filter = filter, Name = $"realtime:{eventPattern}" });

    [LoggerMessage(Level = LogLevel.Error, Message = "Realtime mapping sent a {EventType} event of organization {OrgId} to channel {Channel}, which is not that organization's; not delivered")]
    private static partial void LogCrossTenant(ILogger logger, string eventType, string orgId, string channel);
}
