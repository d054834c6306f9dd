namespace Platform.Core.Cqrs;

/// <summary>
/// Lets the host swap handlers atomically (the mediator passes every dispatch through it before it
/// looks the handler up): <see cref="PauseAsync"/> holds new dispatches at the gate, waits for the ones
/// in flight to finish, and returns a handle whose disposal lets the held ones through — to the handlers
/// registered meanwhile. A dispatch made from inside a running one (a handler sending a command) passes,
/// so a pause never waits on itself.
/// </summary>
public sealed class DispatchGate
{
    private readonly AsyncLocal<bool> _inside = new();
    private readonly Lock _gate = new();
    private int _active;
    private TaskCompletionSource? _paused;
    private TaskCompletionSource? _drained;

    /// <summary>Runs <paramref name="dispatch"/> through the gate: held while paused, counted while it runs.</summary>
    public async Task<object?> RunAsync(Func<Task<object?>> dispatch, CancellationToken cancellationToken)
    {
        if (_inside.Value)
        {
            return await dispatch().ConfigureAwait(false);
        }

        while (true)
        {
            Task held;
            lock (_gate)
            {
                if (_paused is null)
                {
                    _active++;
                    break;
                }

                held = _paused.Task;
            }

            await held.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        _inside.Value = true;
        try
        {
            return await dispatch().ConfigureAwait(false);
        }
        finally
        {
            _inside.Value = false;
            lock (_gate)
            {
                if (--_active == 0)
                {
                    _drained?.TrySetResult();
                }
            }
        }
    }

    /// <summary>Holds new dispatches and waits (at most <paramref name="drainTimeout"/>) for those in flight; dispose the result to resume.</summary>
    /// <returns>The pause, and whether every dispatch in flight finished in time.</returns>
    public async Task<(IDisposable Pause, bool Drained)> PauseAsync(TimeSpan drainTimeout)
    {
        Task drained;
        lock (_gate)
        {
            if (_paused is not null)
            {
                throw new InvalidOperationException("The dispatch gate is paused already; pauses do not nest.");
            }

            _paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_active == 0)
            {
                _drained.TrySetResult();
            }

            drained = _drained.Task;
        }

        var finished = await Task.WhenAny(drained, Task.Delay(drainTimeout)).ConfigureAwait(false) == drained;
        return (new Resume(this), finished);
    }

    private void Release()
    {
        TaskCompletionSource? paused;
        lock (_gate)
        {
            paused = _paused;
            _paused = null;
            _drained = null;
        }

        paused?.TrySetResult();
    }

    private sealed class Resume(DispatchGate gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
