using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Errors;

namespace Platform.Core.Realtime;

/// <summary>
/// The gateway of one process: its own connected clients. Scale-out broadcasts events to every
/// process (LISTEN/NOTIFY), and each delivers through its own gateway.
/// </summary>
public sealed partial class InMemoryRealTimeGateway : IRealTimeGateway
{
    private readonly ConcurrentDictionary<string, Client> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Client>> _channels = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    /// <summary>Creates a gateway logging failed deliveries to <paramref name="logger"/>.</summary>
    public InMemoryRealTimeGateway(ILogger<InMemoryRealTimeGateway>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public Task<int> PublishAsync(string channel, object? payload, CancellationToken cancellationToken = default) =>
        _channels.TryGetValue(channel, out var members) ? DeliverAsync(channel, members.Values, payload, cancellationToken) : Task.FromResult(0);

    /// <inheritdoc />
    public void Connect(string clientId, string actorId, string orgId, RealtimeMessageSink sink)
    {
        if (!_clients.TryAdd(clientId, new Client(clientId, actorId, orgId, sink)))
        {
            throw new ArgumentException($"Client '{clientId}' is already connected.", nameof(clientId));
        }
    }

    /// <inheritdoc />
    public void Disconnect(string clientId)
    {
        if (_clients.TryRemove(clientId, out var client))
        {
            foreach (var channel in client.Channels.Keys)
            {
                Leave(client, channel);
            }
        }
    }

    /// <inheritdoc />
    public void Subscribe(string clientId, string channel)
    {
        var client = GetClient(clientId);
        if (!ChannelName.IsSystem(channel))
        {
            if (!ChannelName.TryGetOrg(channel, out var orgId))
            {
                throw new ArgumentException($"Channel '{channel}' is not a channel name: use org:{{orgId}}:{{scope}} or system:{{topic}}.", nameof(channel));
            }

            if (orgId != client.OrgId || (ChannelName.TryGetActor(channel, out var actorId) && actorId != client.ActorId))
            {
                throw new AuthorizationError($"realtime:{channel}");
            }
        }

        client.Channels[channel] = 0;
        _channels.GetOrAdd(channel, _ => new ConcurrentDictionary<string, Client>(StringComparer.Ordinal))[clientId] = client;
    }

    /// <inheritdoc />
    public void Unsubscribe(string clientId, string channel)
    {
        if (_clients.TryGetValue(clientId, out var client) && client.Channels.TryRemove(channel, out _))
        {
            Leave(client, channel);
        }
    }

    /// <inheritdoc />
    public Task<int> BroadcastAsync(string orgId, object? payload, CancellationToken cancellationToken = default) =>
        DeliverAsync(ChannelName.Org(orgId, "*"), _clients.Values.Where(c => c.OrgId == orgId), payload, cancellationToken);

    /// <inheritdoc />
    public IReadOnlyList<string> GetPresence(string channel) =>
        _channels.TryGetValue(channel, out var members) ? members.Values.Select(c => c.ActorId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() : [];

    /// <inheritdoc />
    public IReadOnlyList<string> GetChannels(string clientId) =>
        _clients.TryGetValue(clientId, out var client) ? client.Channels.Keys.Order(StringComparer.Ordinal).ToList() : [];

    private async Task<int> DeliverAsync(string channel, IEnumerable<Client> clients, object? payload, CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var client in clients.ToList())
        {
            try
            {
                await client.Sink(channel, payload, cancellationToken).ConfigureAwait(false);
                delivered++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One broken socket must not keep a message from the other clients.
                LogDeliveryFailed(_logger, exception, client.Id, channel);
            }
        }

        return delivered;
    }

    private Client GetClient(string clientId) =>
        _clients.TryGetValue(clientId, out var client) ? client : throw new ArgumentException($"Client '{clientId}' is not connected.", nameof(clientId));

    private void Leave(Client client, string channel)
    {
        if (_channels.TryGetValue(channel, out var members))
        {
            members.TryRemove(client.Id, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Realtime delivery to client {ClientId} on {Channel} failed")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string clientId, string channel);

    private sealed record Client(string Id, string ActorId, string OrgId, RealtimeMessageSink Sink)
    {
        public ConcurrentDictionary<string, byte> Channels { get; } = new(StringComparer.Ordinal);
    }
}
