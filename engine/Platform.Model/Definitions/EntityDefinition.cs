using Platform.Model.Collections;

namespace Platform.Model.Definitions;

/// <summary>An entity of a module: its fields, indexes and behaviour switches.</summary>
/// <param name="Name">PascalCase name, unique within the module.</param>
/// <param name="Module">The id of the owning module.</param>
/// <remarks>
/// The base fields every entity has (id, organizationId, createdAt, updatedAt, deletedAt,
/// version, meta) are not listed in <see cref="Fields"/>; the storage and API layers add them.
/// </remarks>
public sealed record EntityDefinition(string Name, string Module)
{
    /// <summary>A description carried into the GraphQL schema.</summary>
    public string? Description { get; init; }

    /// <summary>An explicit table name; derived from module and name when null.</summary>
    public string? Table { get; init; }

    /// <summary>The id prefix (without the underscore), e.g. <c>item</c> for <c>item_01J…</c>.</summary>
    public string? IdPrefix { get; init; }

    /// <summary>The entity's own fields.</summary>
    public EquatableArray<FieldDefinition> Fields { get; init; }

    /// <summary>Composite, unique, partial and GIN indexes.</summary>
    public EquatableArray<IndexDefinition> Indexes { get; init; }

    /// <summary>Whether delete sets <c>deletedAt</c> instead of removing the row (default true).</summary>
    public bool SoftDelete { get; init; } = true;

    /// <summary>Whether <c>createdAt</c>/<c>updatedAt</c> are maintained (default true).</summary>
    public bool Timestamps { get; init; } = true;

    /// <summary>Whether writes check and increment <c>version</c> (default true).</summary>
    public bool Versioned { get; init; } = true;

    /// <summary>Whether changes are synchronised to the search adapter.</summary>
    public bool SearchSync { get; init; }

    /// <summary>The realtime channel scope changes are broadcast on, or null.</summary>
    public string? RealtimeChannel { get; init; }

    /// <summary>The id of the state machine that drives <see cref="StatusField"/>, or null.</summary>
    public string? StateMachine { get; init; }

    /// <summary>The field the state machine drives (default <c>status</c>).</summary>
    public string StatusField { get; init; } = "status";

    /// <summary>
    /// Whether the entity is the tenant itself (an organizations table): it has no
    /// <c>organizationId</c>, and row-level security matches its own id to the caller's organization.
    /// </summary>
    public bool TenantRoot { get; init; }

    /// <summary>
    /// Whether rows are only ever inserted (an audit log, a stock movement): no update, delete or
    /// restore, no state machine, and the application role may not UPDATE or DELETE the table.
    /// </summary>
    public bool AppendOnly { get; init; }

    /// <summary>The name this entity had before a rename.</summary>
    public string? RenamedFrom { get; init; }

    /// <summary>Finds a field by key (ordinal).</summary>
    public FieldDefinition? FindField(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
