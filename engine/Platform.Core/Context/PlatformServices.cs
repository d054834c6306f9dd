using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Adapters;
using Platform.Core.Cqrs;
using Platform.Core.Events;
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
        Ids = new IdGenerator(new IdPrefixRegistry());
        Realtime = new InMemoryRealTimeGateway(LoggerFactory.CreateLogger<InMemoryRealTimeGateway>());
        Bridge = new RealTimeBridge(Bus, Realtime, LoggerFactory.CreateLogger<RealTimeBridge>());
    }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Where loggers come from.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The mediator.</summary>
    public Mediator Mediator { get; } = new();

    /// <summary>The in-process event bus.</summary>
    public IEventBus Bus { get; init; }

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
    public CustomValidatorRegistry Validators { get; } = new();

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
