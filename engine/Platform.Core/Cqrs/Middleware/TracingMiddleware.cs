using System.Diagnostics;
using Platform.Core.Errors;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>Wraps each request in an <see cref="Activity"/> tagged with type, actor, organization and correlation id.</summary>
public sealed class TracingMiddleware : IMediatorMiddleware
{
    /// <summary>The source listeners (OpenTelemetry, dotnet-trace) subscribe to.</summary>
    public static readonly ActivitySource Source = new("Platform.Mediator");

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
    {
        using var activity = Source.StartActivity($"{envelope.Request.Kind} {envelope.Request.Type}");
        activity?.SetTag("platform.request.type", envelope.Request.Type);
        activity?.SetTag("platform.actor.id", envelope.Context.Actor.Id);
        activity?.SetTag("platform.org.id", envelope.Context.Org.Id);
        activity?.SetTag("platform.correlation.id", envelope.Context.CorrelationId);
        try
        {
            return await next().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception is CoreError error ? error.Code : exception.GetType().Name);
            throw;
        }
    }
}
