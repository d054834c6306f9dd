using Microsoft.Extensions.Logging;
using Platform.Core.Adapters;
using Platform.Core.Context;
using Platform.Core.Cqrs;
using Platform.Core.Events;
using Platform.Core.Jobs;
using Platform.Core.Realtime;
using Platform.Core.Rules;
using Platform.Core.StateMachines;
using Platform.Core.Validation;
using Platform.Model.Definitions;

namespace Platform.Core.Modules;

/// <summary>What a module receives at boot (seed 001 § 8): the platform's registries, for one module.</summary>
public sealed class BootRegistry
{
    private readonly PlatformServices _services;

    /// <summary>Creates the registry handed to <paramref name="module"/>.</summary>
    public BootRegistry(PlatformServices services, ModuleDefinition module)
    {
        _services = services;
        Module = module;
        Logger = services.LoggerFactory.CreateLogger($"Platform.Modules.{module.Id}");
    }

    /// <summary>The module being booted.</summary>
    public ModuleDefinition Module { get; }

    /// <summary>Register command and query handlers here.</summary>
    public IMediator Mediator => _services.Mediator;

    /// <summary>Subscribe to events here.</summary>
    public IEventBus Bus => _services.Bus;

    /// <summary>The entity definitions of all loaded modules.</summary>
    public EntityRegistry Entities => _services.Entities;

    /// <summary>Register state machines here.</summary>
    public StateMachineEngine StateMachines => _services.StateMachines;

    /// <summary>Register named rules and templates here.</summary>
    public RuleEngine Rules => _services.Rules;

    /// <summary>Register custom validators here.</summary>
    public CustomValidatorRegistry Validators => _services.Validators;

    /// <summary>Declare event → channel forwarding here.</summary>
    public IRealTimeBridge Realtime => _services.Bridge;

    /// <summary>Register adapters here.</summary>
    public AdapterRegistry Adapters => _services.Adapters;

    /// <summary>Register job processors here.</summary>
    public IQueue Queue => PlatformServices.Require(_services.Queue, "job queue");

    /// <summary>Define schedules here.</summary>
    public IScheduler Scheduler => PlatformServices.Require(_services.Scheduler, "scheduler");

    /// <summary>The event store.</summary>
    public IEventStore EventStore => PlatformServices.Require(_services.EventStore, "event store");

    /// <summary>A logger named after the module.</summary>
    public ILogger Logger { get; }
}
