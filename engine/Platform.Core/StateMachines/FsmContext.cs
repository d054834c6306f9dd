using Platform.Core.Security;

namespace Platform.Core.StateMachines;

/// <summary>What a transition is evaluated against: the entity, the actor and the event's payload.</summary>
/// <param name="Entity">The entity's current values (fields and base fields).</param>
/// <param name="Actor">Who fires the event.</param>
/// <remarks>Guards see <c>{entity, actor: {id, orgId, roles, type}, payload}</c>.</remarks>
public sealed record FsmContext(IReadOnlyDictionary<string, object?> Entity, ActorInfo Actor)
{
    /// <summary>Event-specific input.</summary>
    public IReadOnlyDictionary<string, object?> Payload { get; init; } = new Dictionary<string, object?>();

    /// <summary>The entity id (default: the entity's <c>id</c> value).</summary>
    public string? EntityId { get; init; }

    /// <summary>The entity's version before the transition (default: the entity's <c>version</c> value).</summary>
    public int? Version { get; init; }

    /// <summary>Ties the emitted events and commands to the request.</summary>
    public string? CorrelationId { get; init; }

    internal string ResolvedEntityId => EntityId ?? Entity.GetValueOrDefault("id") as string ?? "";

    internal int ResolvedVersion => Version ?? (Entity.GetValueOrDefault("version") is int v ? v : Entity.GetValueOrDefault("version") is long l ? (int)l : 0);

    internal Dictionary<string, object?> ToRuleContext() => new(StringComparer.Ordinal)
    {
        ["entity"] = Entity,
        ["actor"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = Actor.Id,
            ["orgId"] = Actor.OrgId,
            ["roles"] = Actor.Roles,
            ["type"] = Actor.Type.ToString().ToLowerInvariant(),
        },
        ["payload"] = Payload,
    };
}
