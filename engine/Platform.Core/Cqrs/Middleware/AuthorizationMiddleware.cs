using Platform.Core.Errors;
using Platform.Core.Security;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>Refuses a request whose actor lacks the handler's permission (<c>resource:action</c>, wildcards allowed).</summary>
public sealed class AuthorizationMiddleware : IMediatorMiddleware
{
    private readonly IPermissionResolver _permissions;

    /// <summary>Creates the middleware over <paramref name="permissions"/>.</summary>
    public AuthorizationMiddleware(IPermissionResolver permissions)
    {
        _permissions = permissions;
    }

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
    {
        var granted = await _permissions.GetPermissionsAsync(envelope.Context.Actor, envelope.CancellationToken).ConfigureAwait(false);
        if (!granted.Allows(envelope.Registration.Permission))
        {
            throw new AuthorizationError(envelope.Registration.Permission);
        }

        return await next().ConfigureAwait(false);
    }
}
