namespace Platform.Core.Cqrs.Middleware;

/// <summary>Retries a request that failed transiently, with exponential backoff; other failures pass through at once.</summary>
public sealed class RetryMiddleware : IMediatorMiddleware
{
    private readonly RetryOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the middleware.</summary>
    public RetryMiddleware(RetryOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new RetryOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next().ConfigureAwait(false);
            }
            catch (Exception exception) when (attempt < _options.MaxAttempts && _options.IsTransient(exception))
            {
                var delay = TimeSpan.FromTicks(Math.Min(_options.MaxDelay.Ticks, _options.BaseDelay.Ticks * (1L << Math.Min(attempt - 1, 30))));
                await Task.Delay(delay, _time, envelope.CancellationToken).ConfigureAwait(false);
            }
        }
    }
}
