namespace Platform.Core.Security;

/// <summary>Who is making a request.</summary>
/// <param name="Id">The actor id (the token's <c>sub</c>).</param>
/// <param name="OrgId">The actor's organization (the token's <c>org</c>).</param>
/// <param name="Roles">The actor's roles (the token's <c>roles</c>).</param>
/// <param name="Type">What kind of caller.</param>
public sealed record ActorInfo(string Id, string OrgId, IReadOnlyList<string> Roles, ActorType Type = ActorType.Human)
{
    /// <summary>The platform acting on its own within <paramref name="orgId"/>.</summary>
    public static ActorInfo System(string orgId) => new("system", orgId, ["system"], ActorType.System);
}
