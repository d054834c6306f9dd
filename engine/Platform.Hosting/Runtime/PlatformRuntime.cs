using Microsoft.Extensions.Logging;
using Platform.Core.Context;
using Platform.Core.Cqrs.Middleware;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Validation;
using Platform.GraphQL.Types;
using Platform.Hosting.Api;
using Platform.Hosting.Plugins;
using Platform.Postgres.Events;
using Platform.Postgres.Migrations;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Runtime;

/// <summary>
/// The composition root of a host: the database, the modules — plugins and folders of manifests, each
/// migrated, registered and booted, or refused with its reason (and its dependents with it) while the
/// rest serve — the mediator's pipeline, the outbox relay and the realtime broadcast, and the GraphQL API
/// of the modules served. Modules can be added, replaced and removed while it runs
/// (<see cref="ReloadAsync"/>): each change is validated first, and swapped in atomically or refused
/// with nothing changed. Disposing shuts modules down in reverse boot order and stops the background work.
/// </summary>
public sealed partial class PlatformRuntime : IAsyncDisposable
{
    private readonly ILogger _logger;
    private readonly PlatformSettings _settings;
    private readonly ModuleRegistry _modules;
    private readonly SemaphoreSlim _changes = new(1, 1);
    private readonly Dictionary<string, ModuleStatus> _statuses = new(StringComparer.Ordinal);
    private List<ServedModule> _served = [];
    private GraphQLApi _api = null!;
    private OutboxRelay? _relay;
    private EventBroadcast? _broadcast;
    private IDisposable? _realtimeForward;
    private PluginWatcher? _watcher;

    private PlatformRuntime(PlatformSettings settings, PlatformDatabase database, PlatformServices services, PostgresRepositoryFactory repositories, ILogger logger)
    {
        _settings = settings;
        Database = database;
        Services = services;
        Repositories = repositories;
        _modules = new ModuleRegistry(services);
        _logger = logger;
        ApiServices = new ApiServices(services, repositories);
    }

    /// <summary>Raised after the served schema changed (a module was added, replaced or removed).</summary>
    public event Action<Schema>? SchemaChanged;

    /// <summary>The database.</summary>
    public PlatformDatabase Database { get; }

    /// <summary>The platform's shared services.</summary>
    public PlatformServices Services { get; }

    /// <summary>Repositories of the served entities.</summary>
    public PostgresRepositoryFactory Repositories { get; }

    /// <summary>What the API's resolvers use.</summary>
    public ApiServices ApiServices { get; }

    /// <summary>The served API.</summary>
    public GraphQLApi Api => Volatile.Read(ref _api);

    /// <summary>The served schema.</summary>
    public Schema Schema => Api.Schema;

    /// <summary>Every module source and what became of it.</summary>
    public IReadOnlyList<ModuleStatus> Modules
    {
        get
        {
            lock (_statuses)
            {
                return [.. _statuses.Values.OrderBy(s => s.State == "loaded" ? 0 : 1).ThenBy(s => s.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Starts the platform: database, modules, relay, broadcast, API, and (unless switched off) the watch of the module folders.</summary>
    public static async Task<PlatformRuntime> StartAsync(PlatformSettings settings, PlatformPaths paths, ILoggerFactory loggerFactory, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var logger = loggerFactory.CreateLogger<PlatformRuntime>();
        var database = await PlatformDatabase.OpenAsync(settings, paths, loggerFactory, cancellationToken).ConfigureAwait(false);
        try
        {
            time ??= TimeProvider.System;
            var validators = new CustomValidatorRegistry();
            var repositories = new PostgresRepositoryFactory(database.App, time, validators: validators);
            var services = new PlatformServices(time, loggerFactory) { Repositories = repositories, Validators = validators, Permissions = new RolePermissionResolver(settings.Roles) };
            services.Mediator.Use(new LoggingMiddleware(loggerFactory.CreateLogger<LoggingMiddleware>(), time));
            services.Mediator.Use(new AuthorizationMiddleware(services.Permissions));
            services.Mediator.Use(new ValidationMiddleware(repositories.Validator));
            services.Mediator.Use(new IdempotencyMiddleware(new InMemoryIdempotencyStore(time)));

            var runtime = new PlatformRuntime(settings, database, services, repositories, logger);
            await runtime.BootAsync(cancellationToken).ConfigureAwait(false);
            return runtime;
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _changes.WaitAsync().ConfigureAwait(false);
        try
        {
            _realtimeForward?.Dispose();
            if (_relay is not null)
            {
                await _relay.DisposeAsync().ConfigureAwait(false);
            }

            if (_broadcast is not null)
            {
                await _broadcast.DisposeAsync().ConfigureAwait(false);
            }

            foreach (var served in Enumerable.Reverse(_served))
            {
                served.Api.Dispose();
                await _modules.ShutdownOneAsync(served.Module).ConfigureAwait(false);
                Repositories.RemoveModule(served.Id);
                if (PluginLoader.CopyOf(served.Source) is { } copy)
                {
                    PluginLoader.DeleteCopy(copy); // the process ends: its code can go with it
                }
            }

            _served = [];
            await Database.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _changes.Release();
        }
    }

    private async Task BootAsync(CancellationToken cancellationToken)
    {
        PluginLoader.RemoveStaleCopies();
        var manifestFolders = ManifestFolders();
        var loader = PluginLoader.Load(_settings.PluginsDirectory, manifestFolders.Select(ManifestModule.Load));
        foreach (var plugin in loader.Plugins)
        {
            SetStatus(plugin, plugin.Failure);
            if (plugin.State == PluginState.Failed)
            {
                LogRefused(_logger, plugin.Id, plugin.Failure ?? "");
            }
        }

        var migrator = new SchemaMigrator(Database.Owner, _logger);
        foreach (var plugin in loader.Plugins.Where(p => p.State == PluginState.Loaded))
        {
            if (plugin.Definition!.DependsOn.FirstOrDefault(d => _served.All(s => s.Id != d)) is { } missing)
            {
                var why = Modules.FirstOrDefault(m => m.Id == missing)?.Failure;
                Refuse(plugin, $"Module '{plugin.Id}' depends on '{missing}', which failed{(why is null ? "." : ": " + why)}");
                continue;
            }

            if (await MigrateAsync(migrator, plugin, plan: false, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                Refuse(plugin, refusal);
                continue;
            }

            if (await StartModuleAsync(plugin, cancellationToken).ConfigureAwait(false) is { } served)
            {
                _served.Add(served);
                SetStatus(plugin, null);
            }
        }

        Volatile.Write(ref _api, await ComposeServedAsync().ConfigureAwait(false));
        _realtimeForward = Services.Bridge.Forward("*", e => RealtimeChannel(e)!, e => e.Change is not null && RealtimeChannel(e) is not null);
        _broadcast = new EventBroadcast(Database.Owner, Services.RealtimeBus, _logger);
        await _broadcast.StartAsync(cancellationToken).ConfigureAwait(false);
        _relay = new OutboxRelay(Database.Owner, Services.Bus, logger: _logger);
        await _relay.StartAsync(cancellationToken).ConfigureAwait(false);
        if (_settings.WatchModules)
        {
            _watcher = new PluginWatcher([_settings.PluginsDirectory, .. _settings.ManifestModulesDirectory is { } manifests ? [manifests] : Array.Empty<string>()], folder => ReloadAsync(folder), _logger);
        }
    }

    /// <summary>The realtime channel of an event recording a change of a served entity that broadcasts its changes, or null.</summary>
    private string? RealtimeChannel(Platform.Core.Events.DomainEvent domainEvent) =>
        Volatile.Read(ref _served).FirstOrDefault(s => s.Id == domainEvent.Source)?.Api.ChannelOf(domainEvent);

    private IReadOnlyList<string> ManifestFolders() =>
        _settings.ManifestModulesDirectory is { } root && Directory.Exists(root) ? [.. Directory.GetDirectories(root).Order(StringComparer.Ordinal)] : [];

    [LoggerMessage(Level = LogLevel.Error, Message = "Module {ModuleId} is not served: {Reason}")]
    private static partial void LogRefused(ILogger logger, string moduleId, string reason);
}
