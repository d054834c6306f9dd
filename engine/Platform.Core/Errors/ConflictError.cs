using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>A stale version (optimistic concurrency) or a duplicate unique value.</summary>
public sealed class ConflictError : CoreError
{
    /// <summary>Creates the error with detail such as the field or the versions.</summary>
    public ConflictError(string message, ValueMap? meta = null)
        : base(ErrorCodes.Conflict, message, meta)
    {
    }

    /// <summary>A stale write: the caller expected <paramref name="expected"/> but the entity is at <paramref name="actual"/>.</summary>
    public static ConflictError StaleVersion(string entity, string id, int expected, int actual) =>
        new($"{entity} '{id}' is at version {actual}, not {expected}; reload it and retry.", ValueMap.Of(("entity", entity), ("id", id), ("expectedVersion", expected), ("actualVersion", actual)));

    /// <summary>A duplicate value of a unique field.</summary>
    public static ConflictError Duplicate(string entity, string field) =>
        new($"Another {entity} already has this {field}; {field} must be unique.", ValueMap.Of(("entity", entity), ("field", field)));
}
