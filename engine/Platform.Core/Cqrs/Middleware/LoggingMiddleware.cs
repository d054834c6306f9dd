using Microsoft.Extensions.Logging;
using Platform.Core.Errors;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>
/// One structured log line per request with its duration and outcome. Payloads are never logged
/// (they may hold sensitive fields); expected errors log their code at Information, unexpected ones at Error.
/// </summary>
public sealed partial class LoggingMiddleware : IMediatorMiddleware
{
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the middleware.</summary>
    public LoggingMiddleware(ILogger<LoggingMiddleware> logger, TimeProvider? time = null)
    {
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
    {
        var started = _time.GetTimestamp();
        var request = envelope.Request;
        var context = envelope.Context;
        try
        {
            var result = await next().ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(_logger, request.Kind, request.Type, context.Actor.Id, context.Org.Id, context.CorrelationId, elapsed);
            return result;
        }
        catch (CoreError error) when (error.Code != ErrorCodes.Internal)
        {
            var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
            LogRefused(_logger, request.Kind, request.Type, context.Actor.Id, context.Org.Id, context.CorrelationId, elapsed, error.Code, error.Message);
            throw;
        }
        catch (Exception exception)
        {
            var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
            LogFailed(_logger, exception, request.Kind, request.Type, context.Actor.Id, context.Org.Id, context.CorrelationId, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Type} by {ActorId} in {OrgId} ({CorrelationId}) handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, RequestKind kind, string type, string actorId, string orgId, string correlationId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Type} by {ActorId} in {OrgId} ({CorrelationId}) refused after {ElapsedMs:0.0} ms: {Code} {Reason}")]
    private static partial void LogRefused(ILogger logger, RequestKind kind, string type, string actorId, string orgId, string correlationId, double elapsedMs, string code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} {Type} by {ActorId} in {OrgId} ({CorrelationId}) failed after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, Exception exception, RequestKind kind, string type, string actorId, string orgId, string correlationId, double elapsedMs);
}
