using Microsoft.Extensions.Logging;
using Platform.Core.Context;
using Platform.Core.Cqrs.Middleware;
using Platform.Core.Modules;
using Platform.Core.Security;
using Platform.Core.Validation;
using Platform.GraphQL.Types;
using Platform.Hosting.Api;
using Platform.Hosting.Plugins;
using Platform.Model.Schema;
using Platform.Postgres.Events;
using Platform.Postgres.Migrations;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Runtime;

/// <summary>
/// The composition root of a host: the database, the plugins in boot order — each migrated, registered
/// and booted, or refused with its reason (and its dependents with it) while the rest serve — the
/// mediator's pipeline, the outbox relay and the realtime broadcast, and the GraphQL API of the modules
/// that loaded. Disposing shuts modules down in reverse boot order and stops the background work.
/// </summary>
public sealed partial class PlatformRuntime : IAsyncDisposable
{
    private readonly ILogger _logger;
    private readonly PluginLoader _plugins;
    private readonly ModuleRegistry _modules;
    private OutboxRelay? _relay;
    private EventBroadcast? _broadcast;

    private PlatformRuntime(PlatformDatabase database, PlatformServices services, PostgresRepositoryFactory repositories, PluginLoader plugins, ILogger logger)
    {
        Database = database;
        Services = services;
        Repositories = repositories;
        _plugins = plugins;
        _modules = new ModuleRegistry(services);
        _logger = logger;
        ApiServices = new ApiServices(services, repositories);
    }

    /// <summary>The database.</summary>
    public PlatformDatabase Database { get; }

    /// <summary>The platform's shared services.</summary>
    public PlatformServices Services { get; }

    /// <summary>Repositories of the served entities.</summary>
    public PostgresRepositoryFactory Repositories { get; }

    /// <summary>What the API's resolvers use.</summary>
    public ApiServices ApiServices { get; }

    /// <summary>The served API.</summary>
    public GraphQLApi Api { get; private set; } = null!;

    /// <summary>The served schema.</summary>
    public Schema Schema => Api.Schema;

    /// <summary>Every plugin folder and what became of it.</summary>
    public IReadOnlyList<ModuleStatus> Modules => _plugins.Plugins.Select(p => new ModuleStatus(
        p.Id,
        p.Definition?.Version,
        p.Definition?.DependsOn.ToList() ?? [],
        p.Definition?.Entities.Select(e => e.Name).ToList() ?? [],
        p.State == PluginState.Loaded ? "loaded" : "failed",
        p.Failure)).ToList();

    /// <summary>Starts the platform: database, plugins, relay, broadcast and API.</summary>
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

            var runtime = new PlatformRuntime(database, services, repositories, PluginLoader.Load(settings.PluginsDirectory), logger);
            await runtime.BootAsync(settings, cancellationToken).ConfigureAwait(false);
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
        Api?.Dispose();
        if (_relay is not null)
        {
            await _relay.DisposeAsync().ConfigureAwait(false);
        }

        if (_broadcast is not null)
        {
            await _broadcast.DisposeAsync().ConfigureAwait(false);
        }

        await _modules.ShutdownAsync().ConfigureAwait(false);
        foreach (var module in _plugins.Modules)
        {
            Repositories.RemoveModule(module.Definition.Id);
        }

        await Database.DisposeAsync().ConfigureAwait(false);
    }

    private async Task BootAsync(PlatformSettings settings, CancellationToken cancellationToken)
    {
        foreach (var failed in _plugins.Plugins.Where(p => p.State == PluginState.Failed))
        {
            LogRefused(_logger, failed.Id, failed.Failure ?? "");
        }

        var migrator = new SchemaMigrator(Database.Owner, _logger);
        foreach (var plugin in _plugins.Plugins.Where(p => p.State == PluginState.Loaded).ToList())
        {
            if (plugin.Module is not { } module || _plugins.Plugins.First(p => p.Id == plugin.Id).State != PluginState.Loaded)
            {
                continue; // refused meanwhile with a dependency
            }

            var definition = module.Definition;
            try
            {
                await migrator.ApplyAsync(SchemaEmitter.Emit(definition), new MigrationOptions { AllowDestructive = settings.AllowDestructiveMigrations }, cancellationToken).ConfigureAwait(false);
            }
            catch (MigrationRefusedException e)
            {
                await RefuseAsync(definition.Id, $"Its database migration was refused: {e.Message}").ConfigureAwait(false);
                continue;
            }

            try
            {
                Repositories.AddModule(definition);
                await _modules.BootOneAsync(module, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Repositories.RemoveModule(definition.Id);
                await RefuseAsync(definition.Id, $"It failed to boot: {e.Message}").ConfigureAwait(false);
            }
        }

        Api = await ComposeApiAsync().ConfigureAwait(false);
        _broadcast = new EventBroadcast(Database.Owner, Services.RealtimeBus, _logger);
        await _broadcast.StartAsync(cancellationToken).ConfigureAwait(false);
        _relay = new OutboxRelay(Database.Owner, Services.Bus, logger: _logger);
        await _relay.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The API of the booted modules; a module whose SDL does not compose with the ones before it (a colliding type name) is refused.</summary>
    private async Task<GraphQLApi> ComposeApiAsync()
    {
        try
        {
            return GraphQLApi.Create(ApiServices, [.. _plugins.Modules.Select(m => m.Definition)], ModuleList);
        }
        catch (GraphQLSchemaException) when (_plugins.Modules.Count > 0)
        {
            // Find the first module that breaks the schema, refuse it (with its dependents) and compose again.
            var booted = _plugins.Modules.ToList();
            for (var count = 1; count <= booted.Count; count++)
            {
                try
                {
                    GraphQLApi.Create(ApiServices, [.. booted.Take(count).Select(m => m.Definition)], ModuleList).Dispose();
                }
                catch (GraphQLSchemaException e)
                {
                    var culprit = booted[count - 1].Definition.Id;
                    await RefuseAsync(culprit, $"Its GraphQL schema does not compose with the modules before it: {string.Join(" ", e.Errors.Select(x => x.Message))}").ConfigureAwait(false);
                    return await ComposeApiAsync().ConfigureAwait(false);
                }
            }

            throw;
        }
    }

    private IReadOnlyList<IReadOnlyDictionary<string, object?>> ModuleList() =>
        _plugins.Modules.Select(m => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = m.Definition.Id, ["version"] = m.Definition.Version }).ToList();

    /// <summary>Refuses a plugin and its dependents, shutting down those that had booted.</summary>
    private async Task RefuseAsync(string id, string reason)
    {
        foreach (var refused in _plugins.Refuse(id, reason))
        {
            if (_modules.Booted.FirstOrDefault(m => m.Definition.Id == refused.Id) is { } booted)
            {
                await _modules.ShutdownOneAsync(booted).ConfigureAwait(false);
                Repositories.RemoveModule(refused.Id);
            }

            LogRefused(_logger, refused.Id, refused.Failure ?? reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Module {ModuleId} is not served: {Reason}")]
    private static partial void LogRefused(ILogger logger, string moduleId, string reason);
}
