namespace Platform.Core.Repositories;

/// <summary>
/// An entity as the one runtime path sees it: base fields plus the manifest's fields by key.
/// Generated C# types wrap this for handler authors.
/// </summary>
/// <param name="Entity">The entity name, e.g. <c>Item</c>.</param>
/// <param name="Id">The id.</param>
/// <param name="OrganizationId">The tenant.</param>
/// <param name="Version">The version.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record EntityRecord(string Entity, string Id, string OrganizationId, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IEntity
{
    /// <inheritdoc />
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>The manifest fields by key (camelCase).</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// Referenced entities loaded with the record (<see cref="QueryOptions.Include"/>), by the
    /// reference's field key: an <see cref="EntityRecord"/> for a <c>ref</c>, a list of them for a
    /// <c>ref[]</c>, null when the target is gone; keys not asked for are absent.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Included { get; init; } = new Dictionary<string, object?>();

    /// <summary>Free-form tags (the <c>meta</c> column).</summary>
    public IReadOnlyDictionary<string, object?> Meta { get; init; } = new Dictionary<string, object?>();

    /// <summary>A field's value, or null when absent.</summary>
    public object? this[string key] => Fields.TryGetValue(key, out var value) ? value : null;

    /// <summary>The record as a rule context: base fields and manifest fields in one map.</summary>
    public IReadOnlyDictionary<string, object?> ToContext()
    {
        var context = new Dictionary<string, object?>(Fields, StringComparer.Ordinal)
        {
            ["id"] = Id,
            ["organizationId"] = OrganizationId,
            ["version"] = Version,
            ["createdAt"] = CreatedAt,
            ["updatedAt"] = UpdatedAt,
            ["deletedAt"] = DeletedAt,
        };
        return context;
    }
}
