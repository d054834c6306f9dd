using Platform.Model.Collections;

namespace Platform.Model.Definitions;

/// <summary>A composite, unique, partial or GIN index over fields of an entity.</summary>
/// <param name="Fields">The field keys, in index order.</param>
/// <remarks>
/// B-tree indexes include <c>organization_id</c> first when rendered, so uniqueness is per
/// organization, unless <see cref="Global"/>. <see cref="Where"/> is a predicate over field keys (e.g. <c>deletedAt IS NULL</c>).
/// </remarks>
public sealed record IndexDefinition(EquatableArray<string> Fields)
{
    /// <summary>An explicit index name; derived from table and fields when null.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the index enforces uniqueness.</summary>
    public bool Unique { get; init; }

    /// <summary>The predicate of a partial index, or null.</summary>
    public string? Where { get; init; }

    /// <summary>
    /// Whether the index spans organizations: B-tree indexes then do not start with
    /// <c>organization_id</c>, and a unique index is unique across tenants (e.g. a token hash).
    /// </summary>
    public bool Global { get; init; }

    /// <summary>The index method.</summary>
    public IndexMethod Method { get; init; } = IndexMethod.BTree;
}
