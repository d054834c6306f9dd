using Microsoft.Extensions.Logging;
using Platform.Core.Adapters;
using Platform.Core.Context;
using Platform.Core.Cqrs;
using Platform.Core.Events;
using Platform.Core.Hooks;
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
        Hooks = new ModuleHooks(services.Hooks, module.Id);
        Registrations = new ModuleRegistrations(services.Bus, services.Bridge);
    }

    /// <summary>The subscriptions made through this registry, removed when the module shuts down.</summary>
    internal ModuleRegistrations Registrations { get; }

    /// <summary>The module being booted.</summary>
    public ModuleDefinition Module { get; }

    /// <summary>Join the generated CRUD of the module's entities here (before/after save and delete).</summary>
    public ModuleHooks Hooks { get; }

    /// <summary>Register command and query handlers here.</summary>
    public IMediator Mediator => _services.Mediator;

    /// <summary>
    /// Registers the handler of the manifest's command <paramref name="name"/> (type <c>{module}.{name}</c>),
    /// with the manifest's input fields (validated before the handler runs), permission (default
    /// <c>{module}.{name}:execute</c>) and description.
    /// </summary>
    /// <exception cref="ArgumentException">The manifest declares no such command.</exception>
    public void HandleCommand(string name, RequestHandler handler)
    {
        var operation = Module.Commands.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"Module '{Module.Id}' declares no command '{name}' in module.yaml; declared: {string.Join(", ", Module.Commands.Select(c => c.Name))}.", nameof(name));
        Mediator.RegisterCommand($"{Module.Id}.{name}", handler, Options(operation));
    }

    /// <summary>Registers the handler of the manifest's query <paramref name="name"/> (type <c>{module}.{name}</c>; permission default <c>{module}.{name}:read</c>).</summary>
    /// <exception cref="ArgumentException">The manifest declares no such query.</exception>
    public void HandleQuery(string name, RequestHandler handler)
    {
        var operation = Module.Queries.FirstOrDefault(c => c.Name == name)
            ?? throw new ArgumentException($"Module '{Module.Id}' declares no query '{name}' in module.yaml; declared: {string.Join(", ", Module.Queries.Select(c => c.Name))}.", nameof(name));
        Mediator.RegisterQuery($"{Module.Id}.{name}", handler, Options(operation));
    }

    /// <summary>Subscribe to events here.</summary>
    public IEventBus Bus => Registrations;

    /// <summary>The entity definitions of all loaded modules.</summary>
    public EntityRegistry Entities => _services.Entities;

    /// <summary>Register state machines here.</summary>
    public StateMachineEngine StateMachines => _services.StateMachines;

    /// <summary>Register named rules and templates here.</summary>
    public RuleEngine Rules => _services.Rules;

    /// <summary>Register custom validators here.</summary>
    public CustomValidatorRegistry Validators => _services.Validators;

    /// <summary>Declare event → channel forwarding here.</summary>
    public IRealTimeBridge Realtime => Registrations;

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

    private static HandlerOptions Options(OperationDefinition operation) =>
        new() { Input = operation.Input.IsEmpty ? null : operation.Input.ToList(), Permission = operation.Permission, Description = operation.Description };
}
