namespace Platform.Core.Context;

/// <summary>The organization a request runs in.</summary>
/// <param name="Id">The organization id.</param>
/// <param name="Slug">Its URL-friendly name.</param>
public sealed record OrgInfo(string Id, string Slug)
{
    /// <summary>Organization settings (feature flags, locale…).</summary>
    public IReadOnlyDictionary<string, object?> Settings { get; init; } = new Dictionary<string, object?>();
}
