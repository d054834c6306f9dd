using Platform.Core.Events;

namespace Platform.Core.Realtime;

/// <summary>Forwards domain events to realtime channels; modules declare the mapping, no module knows about sockets.</summary>
public interface IRealTimeBridge
{
    /// <summary>Forwards events matching <paramref name="eventPattern"/> to the channel <paramref name="toChannel"/> names; dispose to stop.</summary>
    IDisposable Forward(string eventPattern, Func<DomainEvent, string> toChannel, Func<DomainEvent, bool>? filter = null);
}
