using Platform.Core.Errors;
using Platform.Core.Security;

namespace Platform.Core.Context;

/// <summary>Creates the <see cref="ISystemContext"/> of each request, job or relayed event.</summary>
public sealed class SystemContextFactory
{
    private readonly PlatformServices _services;

    /// <summary>Creates a factory over the shared services.</summary>
    public SystemContextFactory(PlatformServices services)
    {
        _services = services;
    }

    /// <summary>A context for <paramref name="actor"/>, who must belong to <paramref name="org"/>.</summary>
    /// <exception cref="AuthorizationError">The actor belongs to another organization.</exception>
    public ISystemContext Create(ActorInfo actor, OrgInfo org, string? correlationId = null, string? requestId = null, string? ip = null, string? userAgent = null)
    {
        if (actor.OrgId != org.Id)
        {
            throw new AuthorizationError($"org:{org.Id}");
        }

        var id = _services.Ids.Generate();
        return new SystemContext(_services, actor, org, correlationId ?? id, requestId ?? id, ip, userAgent);
    }

    /// <summary>A context for the platform itself in <paramref name="orgId"/> (relays, jobs, timed transitions).</summary>
    public ISystemContext ForSystem(string orgId, string? correlationId = null) =>
        Create(ActorInfo.System(orgId), new OrgInfo(orgId, orgId), correlationId);
}
