using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Platform.Core.Errors;

namespace Platform.Hosting.Api;

/// <summary>
/// The source stream of one subscription: producers post without ever waiting (a slow client must not
/// hold up the broadcast that feeds every subscriber), and a subscriber that falls too far behind is
/// ended with an error instead of growing without bound. Closing — the client completing, the
/// connection dropping, or the stream ending — runs the release action once.
/// </summary>
internal sealed class SubscriptionStream(int backlog, string what)
{
    // Unbounded with a count of its own: a bounded channel's writes take a lock the reader contends for.
    private readonly Channel<object?> _channel = System.Threading.Channels.Channel.CreateUnbounded<object?>(new UnboundedChannelOptions { SingleReader = true });
    private Action? _release;
    private int _closed;
    private int _pending;

    /// <summary>Queues a value for the subscriber.</summary>
    public void Post(object? value)
    {
        if (Interlocked.Increment(ref _pending) > backlog)
        {
            _channel.Writer.TryComplete(new CoreError(ErrorCodes.RateLimited, $"The subscriber fell more than {backlog} {what} behind; subscribe again."));
            return;
        }

        _channel.Writer.TryWrite(value);
    }

    /// <summary>What to release when the subscription ends.</summary>
    public void OnClose(Action release) => _release = release;

    /// <summary>The stream, ended when <paramref name="cancellationToken"/> is (the operation completes or its connection closes).</summary>
    public IAsyncEnumerable<object?> Attach(CancellationToken cancellationToken)
    {
        var registration = cancellationToken.Register(Close);
        return ReadAsync(registration, cancellationToken);
    }

    private async IAsyncEnumerable<object?> ReadAsync(CancellationTokenRegistration registration, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var value in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                Interlocked.Decrement(ref _pending);
                yield return value;
            }
        }
        finally
        {
            await registration.DisposeAsync().ConfigureAwait(false);
            Close();
        }
    }

    private void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _channel.Writer.TryComplete();
            _release?.Invoke();
        }
    }
}
