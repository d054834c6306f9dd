namespace Platform.Core.Security;

/// <summary>Finds what an actor may do. The identity module replaces the configuration-backed default.</summary>
public interface IPermissionResolver
{
    /// <summary>The permissions of <paramref name="actor"/>.</summary>
    ValueTask<PermissionSet> GetPermissionsAsync(ActorInfo actor, CancellationToken cancellationToken = default);
}
