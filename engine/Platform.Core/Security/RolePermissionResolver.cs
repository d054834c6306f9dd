namespace Platform.Core.Security;

/// <summary>
/// Permissions from a role → permissions table (configuration-backed until the identity module
/// lands). <see cref="SystemRoles"/> holds the seed's system roles.
/// </summary>
public sealed class RolePermissionResolver : IPermissionResolver
{
    private readonly Dictionary<string, PermissionSet> _roles;

    /// <summary>Creates a resolver over <paramref name="roles"/> (default: <see cref="SystemRoles"/>).</summary>
    public RolePermissionResolver(IReadOnlyDictionary<string, IReadOnlyList<string>>? roles = null)
    {
        _roles = (roles ?? SystemRoles).ToDictionary(r => r.Key, r => new PermissionSet(r.Value), StringComparer.Ordinal);
    }

    /// <summary>The seed's system roles: super-admin, admin, member, viewer.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SystemRoles { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["super-admin"] = ["*:*"],
        ["admin"] = ["*:read", "*:create", "*:update", "*:delete"],
        ["member"] = ["*:read"],
        ["viewer"] = ["*:read"],
    };

    /// <inheritdoc />
    /// <remarks>System actors act for the platform itself and hold every permission; unknown roles grant nothing.</remarks>
    public ValueTask<PermissionSet> GetPermissionsAsync(ActorInfo actor, CancellationToken cancellationToken = default)
    {
        if (actor.Type == ActorType.System)
        {
            return ValueTask.FromResult(new PermissionSet(["*:*"]));
        }

        var granted = actor.Roles.Where(_roles.ContainsKey).SelectMany(r => _roles[r].Granted).Distinct(StringComparer.Ordinal);
        return ValueTask.FromResult(new PermissionSet(granted));
    }
}
