using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Context;

namespace Platform.Core.Modules;

/// <summary>
/// Registers modules and boots them in dependency order (seed 001 § 8); shuts them down in
/// reverse. Booting registers each module's entities and id prefixes before its code runs.
/// </summary>
public sealed partial class ModuleRegistry
{
    private readonly Dictionary<string, IModule> _modules = new(StringComparer.Ordinal);
    private readonly List<IModule> _booted = [];
    private readonly Dictionary<string, ModuleRegistrations> _registrations = new(StringComparer.Ordinal);
    private readonly PlatformServices _services;
    private readonly ILogger _logger;

    /// <summary>Creates a registry that boots modules against <paramref name="services"/>.</summary>
    public ModuleRegistry(PlatformServices services)
    {
        _services = services;
        _logger = services.LoggerFactory.CreateLogger<ModuleRegistry>() ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The booted modules, in boot order.</summary>
    public IReadOnlyList<IModule> Booted => _booted;

    /// <summary>Adds a module.</summary>
    /// <exception cref="ArgumentException">A module with that id is registered.</exception>
    public void Register(IModule module)
    {
        if (!_modules.TryAdd(module.Definition.Id, module))
        {
            throw new ArgumentException($"Module '{module.Definition.Id}' is already registered.", nameof(module));
        }
    }

    /// <summary>The module <paramref name="id"/>.</summary>
    public IModule Resolve(string id) =>
        _modules.TryGetValue(id, out var module) ? module : throw new KeyNotFoundException($"Module '{id}' is not registered. Registered: {string.Join(", ", _modules.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>The boot order of all registered modules.</summary>
    /// <exception cref="ModuleDependencyException">A dependency is missing or cyclic.</exception>
    public IReadOnlyList<string> ResolveOrder() => BootOrder.Resolve(_modules.Values.Select(m => m.Definition)).Select(m => m.Id).ToList();

    /// <summary>Boots <paramref name="ids"/> and what they depend on (every module when null), in dependency order.</summary>
    /// <exception cref="ModuleDependencyException">A dependency is missing or cyclic; nothing is booted.</exception>
    public async Task BootAsync(IEnumerable<string>? ids = null, CancellationToken cancellationToken = default)
    {
        var wanted = ids is null ? null : Closure(ids);
        var order = BootOrder.Resolve(_modules.Values.Select(m => m.Definition)).Where(m => wanted is null || wanted.Contains(m.Id));
        foreach (var definition in order)
        {
            var module = _modules[definition.Id];
            if (!_booted.Contains(module))
            {
                await BootOneAsync(module, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Registers and boots one module whose dependencies are booted: its entities, id prefixes and state
    /// machines, then its code. When anything throws, everything the module registered is removed again
    /// and the exception propagates, so a failing module leaves nothing behind.
    /// </summary>
    public async Task BootOneAsync(IModule module, CancellationToken cancellationToken = default)
    {
        var definition = module.Definition;
        _modules.TryAdd(definition.Id, module);
        try
        {
            foreach (var entity in definition.Entities)
            {
                _services.Entities.Register(entity);
                if (entity.IdPrefix is not null)
                {
                    _services.Ids.Prefixes.Register($"{definition.Id}.{entity.Name}", entity.IdPrefix);
                }
            }

            foreach (var machine in definition.StateMachines)
            {
                _services.StateMachines.Register(machine, definition.Id);
            }

            var registry = new BootRegistry(_services, definition);
            _registrations[definition.Id] = registry.Registrations;
            await module.BootAsync(registry, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Remove(definition);
            _modules.Remove(definition.Id);
            throw;
        }

        _booted.Add(module);
        LogBooted(_logger, definition.Id, definition.Version);
    }

    /// <summary>Shuts the booted modules down in reverse boot order; a failing shutdown is logged and the rest still run.</summary>
    public async Task ShutdownAsync(CancellationToken cancellationToken = default)
    {
        for (var i = _booted.Count - 1; i >= 0; i--)
        {
            await ShutdownOneAsync(_booted[i], cancellationToken).ConfigureAwait(false);
        }

        _booted.Clear();
    }

    /// <summary>Shuts one module down (a failure is logged) and removes everything it registered.</summary>
    public async Task ShutdownOneAsync(IModule module, CancellationToken cancellationToken = default)
    {
        try
        {
            await module.ShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogShutdownFailed(_logger, exception, module.Definition.Id);
        }

        Remove(module.Definition);
        _booted.Remove(module);
        _modules.Remove(module.Definition.Id);
        LogShutDown(_logger, module.Definition.Id);
    }

    private void Remove(Model.Definitions.ModuleDefinition definition)
    {
        if (_registrations.Remove(definition.Id, out var registrations))
        {
            registrations.Dispose();
        }

        _services.Entities.UnregisterModule(definition.Id);
        foreach (var entity in definition.Entities)
        {
            _services.Ids.Prefixes.Unregister($"{definition.Id}.{entity.Name}");
        }

        foreach (var machine in definition.StateMachines)
        {
            _services.StateMachines.Unregister(machine.Id);
        }

        _services.Hooks.RemoveModule(definition.Id);
        _services.Mediator.UnregisterModule(definition.Id);
    }

    private HashSet<string> Closure(IEnumerable<string> ids)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ids);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (result.Add(id))
            {
                foreach (var dependency in Resolve(id).Definition.DependsOn)
                {
                    pending.Push(dependency);
                }
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {ModuleId} {Version} booted")]
    private static partial void LogBooted(ILogger logger, string moduleId, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {ModuleId} shut down")]
    private static partial void LogShutDown(ILogger logger, string moduleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Module {ModuleId} failed to shut down")]
    private static partial void LogShutdownFailed(ILogger logger, Exception exception, string moduleId);
}
