namespace Platform.Core.Events;

/// <summary>A handler (or its filter) threw while handling an event; the other handlers still ran.</summary>
/// <param name="Subscription">The subscription's name.</param>
/// <param name="EventId">The event being handled.</param>
/// <param name="Exception">What the handler threw.</param>
public sealed record HandlerFailure(string Subscription, string EventId, Exception Exception);
