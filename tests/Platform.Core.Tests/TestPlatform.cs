using Platform.Core.Context;
using Platform.Core.Security;

namespace Platform.Core.Tests;

/// <summary>Shared services and request contexts for tests.</summary>
internal sealed class TestPlatform
{
    public TestPlatform(TimeProvider? time = null)
    {
        Services = new PlatformServices(time);
        Contexts = new SystemContextFactory(Services);
    }

    public PlatformServices Services { get; }

    public SystemContextFactory Contexts { get; }

    public ISystemContext As(string actorId, string orgId = "org_1", params string[] roles) =>
        Contexts.Create(new ActorInfo(actorId, orgId, roles), new OrgInfo(orgId, orgId));
}
