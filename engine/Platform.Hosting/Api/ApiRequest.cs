using Platform.Core.Context;
using Platform.Core.Errors;
using Platform.Core.Security;
using Platform.GraphQL.Execution;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Api;

/// <summary>
/// One operation's view of its caller, created on first use and shared by its resolvers: the actor
/// (or <c>UNAUTHENTICATED</c>), the system context every command runs with, and the caller's
/// permissions, resolved once.
/// </summary>
internal sealed class ApiRequest
{
    private readonly ApiServices _api;
    private readonly ApiCaller _caller;
    private ISystemContext? _context;
    private Task<PermissionSet>? _permissions;

    private ApiRequest(ApiServices api, ApiCaller caller)
    {
        _api = api;
        _caller = caller;
    }

    /// <summary>The caller's actor.</summary>
    /// <exception cref="AuthenticationError">The caller is anonymous.</exception>
    public ActorInfo Actor => _caller.Actor ?? throw new AuthenticationError("Authentication is required: send a bearer token (Authorization: Bearer …).");

    /// <summary>The caller's organization.</summary>
    public string OrgId => Actor.OrgId;

    /// <summary>The request's idempotency key, if the client sent one.</summary>
    public string? IdempotencyKey => _caller.IdempotencyKey;

    /// <summary>The system context commands run with.</summary>
    public ISystemContext Context => _context ??= _api.Contexts.Create(Actor, new OrgInfo(Actor.OrgId, Actor.OrgId), ip: _caller.Ip, userAgent: _caller.UserAgent);

    /// <summary>The request of the operation <paramref name="field"/> belongs to.</summary>
    public static ApiRequest Of(ResolveFieldContext field, ApiServices api) =>
        field.Items.GetOrAdd(typeof(ApiRequest), () => new ApiRequest(api, field.UserContext as ApiCaller ?? ApiCaller.Anonymous));

    /// <summary>Whether the caller holds <paramref name="permission"/>.</summary>
    /// <exception cref="AuthenticationError">The caller is anonymous.</exception>
    public async ValueTask<bool> AllowsAsync(string permission)
    {
        var actor = Actor;
        var granted = await (_permissions ??= _api.Services.Permissions.GetPermissionsAsync(actor).AsTask()).ConfigureAwait(false);
        return granted.Allows(permission);
    }

    /// <summary>Refuses the field unless the caller holds <paramref name="permission"/>.</summary>
    /// <exception cref="AuthenticationError">The caller is anonymous.</exception>
    /// <exception cref="AuthorizationError">The caller lacks the permission.</exception>
    public async ValueTask RequireAsync(string permission)
    {
        if (!await AllowsAsync(permission).ConfigureAwait(false))
        {
            throw new AuthorizationError(permission);
        }
    }

    /// <summary>The repository of <paramref name="entity"/> (qualified) for the caller.</summary>
    public EntityRepository Repository(string entity) => _api.Repositories.Repository(entity, OrgId, Actor.Id, Context.CorrelationId);
}
