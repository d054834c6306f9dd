using Platform.Model.Values;

namespace Platform.Core.Errors;

/// <summary>The entity does not exist, is deleted, or is of another organization (which the message never reveals).</summary>
public sealed class NotFoundError : CoreError
{
    /// <summary>Creates the error for <paramref name="entity"/> <paramref name="id"/>.</summary>
    public NotFoundError(string entity, string id)
        : base(ErrorCodes.NotFound, $"{entity} '{id}' was not found.", ValueMap.Of(("entity", entity), ("id", id)))
    {
        Entity = entity;
        Id = id;
    }

    /// <summary>The entity name.</summary>
    public string Entity { get; }

    /// <summary>The id looked up.</summary>
    public string Id { get; }
}
