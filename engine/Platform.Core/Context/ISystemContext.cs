using Microsoft.Extensions.Logging;
using Platform.Core.Adapters;
using Platform.Core.Events;
using Platform.Core.Ids;
using Platform.Core.Jobs;
using Platform.Core.Realtime;
using Platform.Core.Repositories;
using Platform.Core.Rules;
using Platform.Core.Security;
using Platform.Core.StateMachines;

namespace Platform.Core.Context;

/// <summary>
/// The one object handed to every handler, hook and job (seed 001 § 11): who is acting, in which
/// organization, and the platform's capabilities already scoped to them. Modules never reach
/// for singletons; everything comes through here.
/// </summary>
public interface ISystemContext
{
    /// <summary>Who is acting.</summary>
    ActorInfo Actor { get; }

    /// <summary>The organization of the request.</summary>
    OrgInfo Org { get; }

    /// <summary>Ties together the commands and events of one chain.</summary>
    string CorrelationId { get; }

    /// <summary>This request's id.</summary>
    string RequestId { get; }

    /// <summary>When the request started.</summary>
    DateTimeOffset StartedAt { get; }

    /// <summary>The client's address, when known.</summary>
    string? Ip { get; }

    /// <summary>The client's user agent, when known.</summary>
    string? UserAgent { get; }

    /// <summary>Sends a command as this actor.</summary>
    Task<TResult> DispatchAsync<TResult>(string type, object? payload, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a query as this actor.</summary>
    Task<TResult> QueryAsync<TResult>(string type, object? parameters, CancellationToken cancellationToken = default);

    /// <summary>Creates an event stamped with this actor, organization and correlation.</summary>
    DomainEvent NewEvent(string type, string source, string aggregateId, string aggregateType, int version, IReadOnlyDictionary<string, object?>? payload = null);

    /// <summary>Publishes an event on the in-process bus.</summary>
    Task<PublishReport> PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default);

    /// <summary>Publishes events in order.</summary>
    Task<PublishReport> PublishBatchAsync(IEnumerable<DomainEvent> events, CancellationToken cancellationToken = default);

    /// <summary>The repository of <paramref name="entity"/>, scoped to this organization.</summary>
    IRepository<EntityRecord> Repo(string entity);

    /// <summary>The rule engine.</summary>
    RuleEngine Rules { get; }

    /// <summary>The state machine engine.</summary>
    StateMachineEngine Fsm { get; }

    /// <summary>Background jobs.</summary>
    IQueue Queue { get; }

    /// <summary>Schedules.</summary>
    IScheduler Scheduler { get; }

    /// <summary>Realtime channels.</summary>
    IRealTimeGateway Realtime { get; }

    /// <summary>Storage, notification, payment… adapters.</summary>
    AdapterRegistry Adapters { get; }

    /// <summary>Id generation.</summary>
    IdGenerator Ids { get; }

    /// <summary>The clock.</summary>
    TimeProvider Time { get; }

    /// <summary>A logger for the request.</summary>
    ILogger Logger { get; }
}
