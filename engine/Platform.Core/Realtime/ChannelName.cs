namespace Platform.Core.Realtime;

/// <summary>
/// Realtime channel names (seed 001 § 10): <c>org:{orgId}:{scope}[:{resourceId}]</c>,
/// <c>org:{orgId}:actor:{actorId}:{scope}</c> (private to one actor) and <c>system:{topic}</c>.
/// </summary>
public static class ChannelName
{
    /// <summary>An organization-wide channel for <paramref name="scope"/>, optionally narrowed to a resource.</summary>
    public static string Org(string orgId, string scope, string? resourceId = null) =>
        resourceId is null ? $"org:{orgId}:{scope}" : $"org:{orgId}:{scope}:{resourceId}";

    /// <summary>A channel private to one actor.</summary>
    public static string Actor(string orgId, string actorId, string scope) => $"org:{orgId}:actor:{actorId}:{scope}";

    /// <summary>A cross-organization system channel.</summary>
    public static string System(string topic) => $"system:{topic}";

    /// <summary>The organization a channel belongs to; false for system and malformed channels.</summary>
    public static bool TryGetOrg(string channel, out string orgId)
    {
        orgId = "";
        var parts = channel.Split(':');
        if (parts.Length < 3 || parts[0] != "org" || parts[1].Length == 0 || parts.Any(p => p.Length == 0))
        {
            return false;
        }

        orgId = parts[1];
        return true;
    }

    /// <summary>The actor a private channel belongs to, if it is one.</summary>
    public static bool TryGetActor(string channel, out string actorId)
    {
        actorId = "";
        var parts = channel.Split(':');
        if (parts.Length < 5 || parts[0] != "org" || parts[2] != "actor")
        {
            return false;
        }

        actorId = parts[3];
        return actorId.Length > 0;
    }

    /// <summary>Whether the channel is a <c>system:</c> channel.</summary>
    public static bool IsSystem(string channel) => channel.StartsWith("system:", StringComparison.Ordinal) && channel.Length > "system:".Length;
}
