using System.Text.RegularExpressions;

namespace Platform.Core.Events;

/// <summary>Builds and checks event type names: <c>{module}.{entity}.{verb}</c> in lower case.</summary>
public static partial class EventTypes
{
    /// <summary>Verb of the event emitted when an entity is created.</summary>
    public const string Created = "created";

    /// <summary>Verb of the event emitted when an entity is updated.</summary>
    public const string Updated = "updated";

    /// <summary>Verb of the event emitted when an entity is (soft-)deleted.</summary>
    public const string Deleted = "deleted";

    /// <summary>Verb of the event emitted when an entity is restored.</summary>
    public const string Restored = "restored";

    /// <summary>The event type for <paramref name="verb"/> on <paramref name="entity"/> of <paramref name="module"/>.</summary>
    public static string For(string module, string entity, string verb) =>
        $"{module.ToLowerInvariant()}.{entity.ToLowerInvariant()}.{verb.ToLowerInvariant()}";

    /// <summary>Whether <paramref name="type"/> is dot-separated lower-case segments (letters, digits, '-' and '_').</summary>
    public static bool IsValid(string? type) => type is not null && TypePattern().IsMatch(type);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
