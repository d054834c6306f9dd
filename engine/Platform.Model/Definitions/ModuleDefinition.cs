using Platform.Model.Collections;
using Platform.Model.StateMachines;
using Platform.Model.Values;

namespace Platform.Model.Definitions;

/// <summary>A module: what it owns (entities, state machines) and what it exposes (events, commands, queries, jobs).</summary>
/// <param name="Id">Lower-case id, globally unique: <c>catalog</c>, <c>ledger</c>.</param>
/// <param name="Version">Semantic version of the module.</param>
/// <remarks>Invariant: every entity's <see cref="EntityDefinition.Module"/> equals <paramref name="Id"/>.</remarks>
public sealed record ModuleDefinition(string Id, string Version)
{
    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>The prefix of the module's table names (default <c>{id}_</c>); an entity's explicit table overrides it.</summary>
    public string? TablePrefix { get; init; }

    /// <summary>Ids of the modules this one needs booted first.</summary>
    public EquatableArray<string> DependsOn { get; init; }

    /// <summary>The entities the module owns.</summary>
    public EquatableArray<EntityDefinition> Entities { get; init; }

    /// <summary>The state machines the module registers.</summary>
    public EquatableArray<StateMachineDefinition> StateMachines { get; init; }

    /// <summary>Event types the module emits beyond the generated CRUD and FSM events.</summary>
    public EquatableArray<string> Events { get; init; }

    /// <summary>Commands the module's handlers implement.</summary>
    public EquatableArray<OperationDefinition> Commands { get; init; }

    /// <summary>Queries the module's handlers implement.</summary>
    public EquatableArray<OperationDefinition> Queries { get; init; }

    /// <summary>Background and scheduled jobs.</summary>
    public EquatableArray<JobDefinition> Jobs { get; init; }

    /// <summary>Configuration defaults that deployment configuration may override.</summary>
    public ValueMap DefaultConfig { get; init; } = ValueMap.Empty;

    /// <summary>Finds an entity of this module by name (ordinal).</summary>
    public EntityDefinition? FindEntity(string name) => Entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));

    /// <summary>Finds a state machine of this module by id (ordinal).</summary>
    public StateMachineDefinition? FindStateMachine(string id) => StateMachines.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>Id prefixes by entity name, as the seed's <c>idPrefixes</c>.</summary>
    public IReadOnlyDictionary<string, string> IdPrefixes =>
        Entities.Where(e => e.IdPrefix is not null).ToDictionary(e => e.Name, e => e.IdPrefix!, StringComparer.Ordinal);
}
