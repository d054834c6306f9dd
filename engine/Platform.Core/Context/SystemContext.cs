using Microsoft.Extensions.Logging;
using Platform.Core.Adapters;
using Platform.Core.Cqrs;
using Platform.Core.Events;
using Platform.Core.Ids;
using Platform.Core.Jobs;
using Platform.Core.Realtime;
using Platform.Core.Repositories;
using Platform.Core.Rules;
using Platform.Core.Security;
using Platform.Core.StateMachines;

namespace Platform.Core.Context;

/// <summary>The <see cref="ISystemContext"/> of one request, built by <see cref="SystemContextFactory"/>.</summary>
public sealed class SystemContext : ISystemContext
{
    private readonly PlatformServices _services;

    internal SystemContext(PlatformServices services, ActorInfo actor, OrgInfo org, string correlationId, string requestId, string? ip, string? userAgent)
    {
        _services = services;
        Actor = actor;
        Org = org;
        CorrelationId = correlationId;
        RequestId = requestId;
        StartedAt = services.Time.GetUtcNow();
        Ip = ip;
        UserAgent = userAgent;
        Logger = services.LoggerFactory.CreateLogger("Platform.Request");
    }

    /// <inheritdoc />
    public ActorInfo Actor { get; }

    /// <inheritdoc />
    public OrgInfo Org { get; }

    /// <inheritdoc />
    public string CorrelationId { get; }

    /// <inheritdoc />
    public string RequestId { get; }

    /// <inheritdoc />
    public DateTimeOffset StartedAt { get; }

    /// <inheritdoc />
    public string? Ip { get; }

    /// <inheritdoc />
    public string? UserAgent { get; }

    /// <inheritdoc />
    public RuleEngine Rules => _services.Rules;

    /// <inheritdoc />
    public StateMachineEngine Fsm => _services.StateMachines;

    /// <inheritdoc />
    public IQueue Queue => PlatformServices.Require(_services.Queue, "job queue");

    /// <inheritdoc />
    public IScheduler Scheduler => PlatformServices.Require(_services.Scheduler, "scheduler");

    /// <inheritdoc />
    public IRealTimeGateway Realtime => _services.Realtime;

    /// <inheritdoc />
    public AdapterRegistry Adapters => _services.Adapters;

    /// <inheritdoc />
    public IdGenerator Ids => _services.Ids;

    /// <inheritdoc />
    public TimeProvider Time => _services.Time;

    /// <inheritdoc />
    public ILogger Logger { get; }

    /// <inheritdoc />
    public Task<TResult> DispatchAsync<TResult>(string type, object? payload, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        _services.Mediator.DispatchAsync<TResult>(new Command(type, payload) { IdempotencyKey = idempotencyKey }, this, cancellationToken);

    /// <inheritdoc />
    public Task<TResult> QueryAsync<TResult>(string type, object? parameters, CancellationToken cancellationToken = default) =>
        _services.Mediator.QueryAsync<TResult>(new Query(type, parameters), this, cancellationToken);

    /// <inheritdoc />
    public DomainEvent NewEvent(string type, string source, string aggregateId, string aggregateType, int version, IReadOnlyDictionary<string, object?>? payload = null) =>
        new(_services.Ids.Generate(), type, aggregateId, aggregateType, Org.Id, version, source, Time.GetUtcNow(), CorrelationId)
        {
            ActorId = Actor.Id,
            Payload = payload ?? new Dictionary<string, object?>(),
        };

    /// <inheritdoc />
    /// <exception cref="Errors.AuthorizationError">The event belongs to another organization.</exception>
    public Task<PublishReport> PublishAsync(DomainEvent domainEvent, CancellationToken cancellationToken = default)
    {
        EnsureOwnOrganization(domainEvent);
        return _services.Bus.PublishAsync(domainEvent, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PublishReport> PublishBatchAsync(IEnumerable<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        var list = events.ToList();
        list.ForEach(EnsureOwnOrganization);
        return _services.Bus.PublishBatchAsync(list, cancellationToken);
    }

    /// <inheritdoc />
    public IRepository<EntityRecord> Repo(string entity) =>
        PlatformServices.Require(_services.Repositories, "repository factory").Create(entity, Org.Id, Actor.Id, CorrelationId);

    private void EnsureOwnOrganization(DomainEvent domainEvent)
    {
        if (domainEvent.OrgId != Org.Id)
        {
            throw new Errors.AuthorizationError($"events:{domainEvent.OrgId}");
        }
    }
}
