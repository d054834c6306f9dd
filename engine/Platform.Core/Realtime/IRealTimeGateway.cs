namespace Platform.Core.Realtime;

/// <summary>
/// Connected clients and their channels (seed 001 § 10). A client may join only channels of its
/// own organization (and, for private channels, only its own), plus <c>system:</c> channels.
/// </summary>
public interface IRealTimeGateway
{
    /// <summary>Delivers <paramref name="payload"/> to every client subscribed to <paramref name="channel"/>; returns how many received it.</summary>
    Task<int> PublishAsync(string channel, object? payload, CancellationToken cancellationToken = default);

    /// <summary>Registers a connected client and where its messages go.</summary>
    void Connect(string clientId, string actorId, string orgId, RealtimeMessageSink sink);

    /// <summary>Removes a client and its subscriptions.</summary>
    void Disconnect(string clientId);

    /// <summary>Joins a channel.</summary>
    /// <exception cref="Errors.AuthorizationError">The channel belongs to another organization or actor.</exception>
    void Subscribe(string clientId, string channel);

    /// <summary>Leaves a channel.</summary>
    void Unsubscribe(string clientId, string channel);

    /// <summary>Delivers to every connected client of an organization; returns how many received it.</summary>
    Task<int> BroadcastAsync(string orgId, object? payload, CancellationToken cancellationToken = default);

    /// <summary>The actors subscribed to a channel right now.</summary>
    IReadOnlyList<string> GetPresence(string channel);

    /// <summary>The channels a client is subscribed to.</summary>
    IReadOnlyList<string> GetChannels(string clientId);
}
