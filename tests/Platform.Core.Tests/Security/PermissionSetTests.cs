using Platform.Core.Security;

namespace Platform.Core.Tests.Security;

public sealed class PermissionSetTests
{
    [Theory]
    [InlineData("*:*", "catalog.item:delete", true)]
    [InlineData("*:read", "catalog.item:read", true)]
    [InlineData("*:read", "catalog.item:update", false)]
    [InlineData("catalog.*:update", "catalog.item:update", true)]
    [InlineData("catalog.*:update", "inventory.item:update", false)]
    [InlineData("catalog.item:create", "catalog.item:create", true)]
    [InlineData("catalog.item:create", "catalog.itemx:create", false)]
    [InlineData("catalog.importItems:execute", "catalog.importItems:execute", true)]
    [InlineData("*:read", "malformed", false)]
    public void Allows_MatchesResourceAndAction(string granted, string required, bool allowed) =>
        Assert.Equal(allowed, new PermissionSet([granted]).Allows(required));

    [Theory]
    [InlineData("noaction")]
    [InlineData(":read")]
    [InlineData("catalog:")]
    [InlineData("cat*:read")]
    public void MalformedGrant_IsRejected(string granted) =>
        Assert.Throws<ArgumentException>(() => new PermissionSet([granted]));

    [Fact]
    public async Task SystemRoles_GrantTheSeedsPermissions()
    {
        var resolver = new RolePermissionResolver();

        var admin = await resolver.GetPermissionsAsync(new ActorInfo("a", "o", ["admin"]));
        var viewer = await resolver.GetPermissionsAsync(new ActorInfo("v", "o", ["viewer", "unknown-role"]));
        var system = await resolver.GetPermissionsAsync(ActorInfo.System("o"));

        Assert.True(admin.Allows("catalog.item:delete"));
        Assert.False(admin.Allows("catalog.importItems:execute"));
        Assert.True(viewer.Allows("catalog.item:read"));
        Assert.False(viewer.Allows("catalog.item:create"));
        Assert.True(system.Allows("catalog.importItems:execute"));
    }
}
