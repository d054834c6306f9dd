using Platform.Core.Errors;
using Platform.Core.Events;
using Platform.Core.Realtime;

namespace Platform.Core.Tests.Realtime;

public sealed class RealtimeTests
{
    private static DomainEvent Event(string type, string org) =>
        new("evt_1", type, "item_1", "Item", org, 1, "catalog", DateTimeOffset.UnixEpoch, "c");

    private static (InMemoryRealTimeGateway Gateway, List<string> Inbox) Connected(string clientId, string actorId, string orgId, InMemoryRealTimeGateway? gateway = null)
    {
        gateway ??= new InMemoryRealTimeGateway();
        var inbox = new List<string>();
        gateway.Connect(clientId, actorId, orgId, (channel, payload, _) =>
        {
            inbox.Add($"{channel}:{(payload as DomainEvent)?.Type ?? payload}");
            return ValueTask.CompletedTask;
        });
        return (gateway, inbox);
    }

    [Fact]
    public void Subscribe_AnotherOrganizationsChannel_IsForbidden()
    {
        var (gateway, _) = Connected("c1", "alice", "org_1");

        var error = Assert.Throws<AuthorizationError>(() => gateway.Subscribe("c1", ChannelName.Org("org_2", "orders")));

        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Empty(gateway.GetChannels("c1"));
    }

    [Fact]
    public void Subscribe_AnotherActorsPrivateChannel_IsForbidden_OwnIsAllowed()
    {
        var (gateway, _) = Connected("c1", "alice", "org_1");

        Assert.Throws<AuthorizationError>(() => gateway.Subscribe("c1", ChannelName.Actor("org_1", "bob", "inbox")));
        gateway.Subscribe("c1", ChannelName.Actor("org_1", "alice", "inbox"));
        gateway.Subscribe("c1", ChannelName.System("maintenance"));

        Assert.Equal(["org:org_1:actor:alice:inbox", "system:maintenance"], gateway.GetChannels("c1"));
        Assert.Throws<ArgumentException>(() => gateway.Subscribe("c1", "orders"));
    }

    [Fact]
    public async Task Publish_ReachesSubscribers_Presence_AndBroadcastStaysInTheOrganization()
    {
        var (gateway, aliceInbox) = Connected("c1", "alice", "org_1");
        var (_, bobInbox) = Connected("c2", "bob", "org_1", gateway);
        var (_, eveInbox) = Connected("c3", "eve", "org_2", gateway);
        gateway.Subscribe("c1", "org:org_1:orders");
        gateway.Subscribe("c2", "org:org_1:orders");
        gateway.Subscribe("c3", "org:org_2:orders");

        Assert.Equal(2, await gateway.PublishAsync("org:org_1:orders", "hello"));
        Assert.Equal(["alice", "bob"], gateway.GetPresence("org:org_1:orders"));
        Assert.Equal(2, await gateway.BroadcastAsync("org_1", "all"));

        Assert.Equal(["org:org_1:orders:hello", "org:org_1:*:all"], aliceInbox);
        Assert.Equal(2, bobInbox.Count);
        Assert.Empty(eveInbox);
    }

    [Fact]
    public async Task BrokenClient_DoesNotStopDeliveryToOthers_AndDisconnectRemovesIt()
    {
        var gateway = new InMemoryRealTimeGateway();
        gateway.Connect("broken", "x", "org_1", (_, _, _) => throw new IOException("socket closed"));
        var (_, inbox) = Connected("ok", "y", "org_1", gateway);
        gateway.Subscribe("broken", "org:org_1:a");
        gateway.Subscribe("ok", "org:org_1:a");

        Assert.Equal(1, await gateway.PublishAsync("org:org_1:a", "m"));
        gateway.Disconnect("broken");

        Assert.Single(inbox);
        Assert.Equal(["y"], gateway.GetPresence("org:org_1:a"));
    }

    [Fact]
    public async Task Bridge_ForwardsMatchingEvents_AndRefusesCrossTenantMappings()
    {
        var bus = new InMemoryEventBus();
        var (gateway, aliceInbox) = Connected("c1", "alice", "org_1");
        var (_, eveInbox) = Connected("c2", "eve", "org_2", gateway);
        gateway.Subscribe("c1", "org:org_1:catalog");
        gateway.Subscribe("c2", "org:org_2:catalog");
        var bridge = new RealTimeBridge(bus, gateway);
        bridge.Forward("catalog.*", e => ChannelName.Org(e.OrgId, "catalog"), e => e.Type != "catalog.item.deleted");
        bridge.Forward("*.created", _ => "org:org_2:catalog"); // a buggy mapping: always org_2

        await bus.PublishAsync(Event("catalog.item.created", "org_1"));
        await bus.PublishAsync(Event("catalog.item.deleted", "org_1"));

        Assert.Equal(["org:org_1:catalog:catalog.item.created"], aliceInbox);
        Assert.Empty(eveInbox);
    }

    [Theory]
    [InlineData("org:org_1:orders", true, "org_1")]
    [InlineData("org:org_1:inventory:loc_1", true, "org_1")]
    [InlineData("org::orders", false, "")]
    [InlineData("system:maintenance", false, "")]
    [InlineData("orders", false, "")]
    public void ChannelName_TryGetOrg(string channel, bool ok, string org)
    {
        Assert.Equal(ok, ChannelName.TryGetOrg(channel, out var actual));
        Assert.Equal(org, actual);
    }
}
