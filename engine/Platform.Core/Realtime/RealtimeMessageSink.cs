namespace Platform.Core.Realtime;

/// <summary>Delivers a message to one connected client (the transport writes it to its socket).</summary>
/// <param name="channel">The channel the message was published on.</param>
/// <param name="payload">The message.</param>
/// <param name="cancellationToken">Cancels the delivery.</param>
public delegate ValueTask RealtimeMessageSink(string channel, object? payload, CancellationToken cancellationToken);
