using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Adapters;
using Platform.Core.Cqrs;
using Platform.Core.Events;
using Platform.Core.Hooks;
using Platform.Core.Ids;
using Platform.Core.Jobs;
using Platform.Core.Modules;
using Platform.Core.Realtime;
using Platform.Core.Repositories;
using Platform.Core.Rules;
using Platform.Core.Security;
using Platform.Core.StateMachines;
using Platform.Core.Validation;

namespace Platform.Core.Context;

/// <summary>
/// The platform's shared services, created once by the composition root (host, worker, tests).
/// Infrastructure that comes with the data layer (repositories, event store, queue, scheduler)
/// is optional here, and asking for it before it is configured is an error that says so.
/// </summary>
public sealed class PlatformServices
{
    /// <summary>Creates the in-process services; infrastructure is added with the init properties.</summary>
    public PlatformServices(TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        Time = time ?? TimeProvider.System;
        LoggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        Rules = new RuleEngine(Time);
        StateMachines = new StateMachineEngine(Rules, Time, LoggerFactory.CreateLogger<StateMachineEngine>());
        Bus = new InMemoryEventBus(LoggerFactory.CreateLogger<InMemoryEventBus>());
        RealtimeBus = new InMemoryEventBus(LoggerFactory.CreateLogger<InMemoryEventBus>());
        Ids = new IdGenerator(new IdPrefixRegistry());
        Realtime = new InMemoryRealTimeGateway(LoggerFactory.CreateLogger<InMemoryRealTimeGateway>());
        Bridge = new RealTimeBridge(RealtimeBus, Realtime, LoggerFactory.CreateLogger<RealTimeBridge>());
        Hooks = new EntityHooks(LoggerFactory.CreateLogger<EntityHooks>());
    }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Where loggers come from.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The mediator.</summary>
    public Mediator Mediator { get; } = new();

    /// <summary>The bus of event handlers: the outbox relay publishes each committed event here once per cluster.</summary>
    public IEventBus Bus { get; init; }

    /// <summary>
    /// The bus of realtime delivery: every process receives every committed event here (the realtime
    /// broadcast), so subscribers on any host see them; <see cref="Bridge"/> forwards from it.
    /// </summary>
    public IEventBus RealtimeBus { get; init; }

    /// <summary>Module code joining the generated CRUD (before/after save and delete).</summary>
    public EntityHooks Hooks { get; }

    /// <summary>The rule engine and its named rules.</summary>
    public RuleEngine Rules { get; }

    /// <summary>The state machine engine.</summary>
    public StateMachineEngine StateMachines { get; }

    /// <summary>Entity definitions of the loaded modules.</summary>
    public EntityRegistry Entities { get; } = new();

    /// <summary>Id generation and prefixes.</summary>
    public IdGenerator Ids { get; }

    /// <summary>Adapters.</summary>
    public AdapterRegistry Adapters { get; } = new();

    /// <summary>Named custom validators.</summary>
    public CustomValidatorRegistry Validators { get; init; } = new();

    /// <summary>What actors may do.</summary>
    public IPermissionResolver Permissions { get; init; } = new RolePermissionResolver();

    /// <summary>This process's realtime clients.</summary>
    public IRealTimeGateway Realtime { get; init; }

    /// <summary>Forwards events to realtime channels.</summary>
    public IRealTimeBridge Bridge { get; init; }

    /// <summary>Repositories (the data layer), or null until configured.</summary>
    public IRepositoryFactory? Repositories { get; init; }

    /// <summary>The event store (the data layer), or null until configured.</summary>
    public IEventStore? EventStore { get; init; }

    /// <summary>The job queue, or null until configured.</summary>
    public IQueue? Queue { get; init; }

    /// <summary>The scheduler, or null until configured.</summary>
    public IScheduler? Scheduler { get; init; }

    /// <summary>Returns <paramref name="service"/>, or explains which infrastructure is missing.</summary>
    public static T Require<T>(T? service, string what)
        where T : class =>
        service ?? throw new InvalidOperationException($"No {what} is configured in this process. It comes with the data layer: configure PlatformServices with one before using it.");
}
