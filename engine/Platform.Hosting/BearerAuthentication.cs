using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.Core.Security;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.AspNetCore.WebSockets;
using Platform.Hosting.Api;

namespace Platform.Hosting;

/// <summary>
/// Bearer tokens on every transport: the <c>Authorization</c> header of HTTP and SSE requests and of the
/// WebSocket upgrade, or the <c>authorization</c> key (any case) of <c>connection_init</c>'s payload.
/// No token is an anonymous caller; an invalid one is refused (401, or close 4403 on WebSockets).
/// </summary>
/// <param name="options">The token settings.</param>
/// <param name="time">The clock.</param>
public sealed class BearerAuthentication(JwtOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The name of the header whose value makes a repeated mutation run once.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The caller of an HTTP or SSE request (an <see cref="ApiCaller"/> with the request's idempotency key).</summary>
    public GraphQLCaller Identify(HttpContext context)
    {
        var caller = FromHeader(context.Request.Headers.Authorization.ToString());
        return caller.Context is ApiCaller api
            ? caller with
            {
                Context = api with
                {
                    IdempotencyKey = context.Request.Headers[IdempotencyKeyHeader].FirstOrDefault() is { Length: > 0 } key ? key : null,
                    Ip = context.Connection.RemoteIpAddress?.ToString(),
                    UserAgent = context.Request.Headers.UserAgent.ToString(),
                },
            }
            : caller;
    }

    /// <summary>The user context of a WebSocket connection, or <see cref="GraphQLWebSocketOptions.Rejected"/>.</summary>
    public ValueTask<object?> ConnectAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload)
    {
        var value = payload?.FirstOrDefault(p => string.Equals(p.Key, "authorization", StringComparison.OrdinalIgnoreCase)).Value switch
        {
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            string text => text,
            _ => null,
        };
        var caller = FromHeader(value ?? context.Request.Headers.Authorization.ToString());
        return ValueTask.FromResult(caller.Refusal is null
            ? caller.Context is ApiCaller api ? api with { Ip = context.Connection.RemoteIpAddress?.ToString(), UserAgent = context.Request.Headers.UserAgent.ToString() } : caller.Context
            : GraphQLWebSocketOptions.Rejected);
    }

    private GraphQLCaller FromHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new GraphQLCaller(ApiCaller.Anonymous);
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLCaller(null, "Authorization must be 'Bearer <token>'.");
        }

        var result = Jwt.Validate(header["Bearer ".Length..].Trim(), options, _time.GetUtcNow());
        return result.IsValid ? new GraphQLCaller(new ApiCaller(result.Actor)) : new GraphQLCaller(null, result.Error);
    }
}
