using Platform.Core.Context;
using Platform.Core.Errors;
using Platform.Core.Security;

namespace Platform.Core.Tests.Context;

public sealed class SystemContextTests
{
    [Fact]
    public void Create_ActorOfAnotherOrganization_IsRefused()
    {
        var platform = new TestPlatform();

        Assert.Throws<AuthorizationError>(() => platform.Contexts.Create(new ActorInfo("u", "org_1", []), new OrgInfo("org_2", "two")));
    }

    [Fact]
    public async Task NewEvent_IsStampedWithActorOrgAndCorrelation_AndPublishReachesTheBus()
    {
        var platform = new TestPlatform();
        var context = platform.Contexts.Create(new ActorInfo("u", "org_1", []), new OrgInfo("org_1", "one"), correlationId: "corr_9");
        var seen = new List<string>();
        platform.Services.Bus.Subscribe("*", (e, _) => { seen.Add($"{e.Type}/{e.OrgId}/{e.ActorId}/{e.CorrelationId}"); return ValueTask.CompletedTask; });

        var report = await context.PublishAsync(context.NewEvent("catalog.item.created", "catalog", "item_1", "Item", 1));

        Assert.True(report.Succeeded);
        Assert.Equal(["catalog.item.created/org_1/u/corr_9"], seen);
    }

    [Fact]
    public async Task Publish_EventOfAnotherOrganization_IsRefused()
    {
        var platform = new TestPlatform();
        var other = platform.As("u", "org_2").NewEvent("a.b.c", "a", "x", "X", 1);

        await Assert.ThrowsAsync<AuthorizationError>(() => platform.As("u", "org_1").PublishAsync(other));
    }

    [Fact]
    public void MissingInfrastructure_SaysWhatIsMissing()
    {
        var context = new TestPlatform().As("u");

        Assert.Contains("No job queue is configured", Assert.Throws<InvalidOperationException>(() => context.Queue).Message, StringComparison.Ordinal);
        Assert.Contains("No repository factory", Assert.Throws<InvalidOperationException>(() => context.Repo("Item")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSystem_IsASystemActorOfThatOrganization()
    {
        var context = new TestPlatform().Contexts.ForSystem("org_7");

        Assert.Equal((ActorType.System, "org_7"), (context.Actor.Type, context.Org.Id));
    }
}
