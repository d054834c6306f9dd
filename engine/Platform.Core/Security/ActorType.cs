namespace Platform.Core.Security;

/// <summary>What kind of caller an actor is.</summary>
public enum ActorType
{
    /// <summary>A person with a token.</summary>
    Human,

    /// <summary>The platform itself: relays, jobs, timed transitions.</summary>
    System,

    /// <summary>A machine client with an API key.</summary>
    ApiKey,
}
