using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Types;
using Platform.Hosting.Api;
using Platform.Hosting.Plugins;
using Platform.Model.Schema;
using Platform.Postgres.Migrations;

namespace Platform.Hosting.Runtime;

/// <content>Modules while the host runs: added, replaced and removed, each change validated first and swapped in atomically.</content>
public sealed partial class PlatformRuntime
{
    /// <summary>How long a swap waits for the dispatches in flight before it goes ahead.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Brings the module of <paramref name="folder"/> (a plugin folder, or a folder of manifests in the
    /// manifest modules folder) in line with the disk: a new folder is loaded, a changed one replaces the
    /// version served, a removed one unloads (with the modules that depend on it). A change is validated
    /// first — the assembly or manifests, id and dependencies, the composed schema, the migration plan — then
    /// migrated, booted and swapped in while dispatches wait at the mediator's gate: requests in flight
    /// finish on the old version, open subscriptions keep running. A change that fails any step is refused
    /// with its reason (log and <c>/modules</c>) and changes nothing.
    /// </summary>
    public async Task ReloadAsync(string folder, CancellationToken cancellationToken = default)
    {
        folder = Path.GetFullPath(folder);
        await _changes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var existing = _served.FirstOrDefault(s => s.Folder == folder);
            if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                if (existing is not null)
                {
                    await RemoveAsync(existing, $"Its folder {folder} was removed.").ConfigureAwait(false);
                }

                lock (_statuses)
                {
                    _statuses.Remove(folder); // after the swap: once /modules no longer lists it, neither does the schema
                }

                return;
            }

            var fingerprint = Fingerprint(folder);
            if (existing?.Fingerprint == fingerprint)
            {
                return;
            }

            var candidate = IsManifestFolder(folder) ? ManifestModule.Load(folder) : PluginLoader.LoadFolder(folder);
            if (await ValidateAsync(candidate, existing, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                Reject(candidate, existing, problem);
                return;
            }

            await SwapAsync(candidate, fingerprint, existing, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _changes.Release();
        }
    }

    private async Task<string?> ValidateAsync(LoadedPlugin candidate, ServedModule? existing, CancellationToken cancellationToken)
    {
        if (candidate.State == PluginState.Failed)
        {
            return candidate.Failure;
        }

        var definition = candidate.Definition!;
        if (_served.FirstOrDefault(s => s.Id == definition.Id && s != existing) is { } twin)
        {
            return $"Module '{definition.Id}' is already served from {twin.Folder}.";
        }

        if (definition.DependsOn.FirstOrDefault(d => _served.All(s => s.Id != d || s == existing)) is { } missing)
        {
            return $"Module '{definition.Id}' depends on '{missing}', which is not served.";
        }

        try
        {
            GraphQLApi.Create(ApiServices, [.. _served.Where(s => s != existing).Select(s => s.Api), new ModuleApi(ApiServices, definition)], ModuleList);
        }
        catch (GraphQLSchemaException e)
        {
            return $"Its GraphQL schema does not compose with the modules served: {string.Join(" ", e.Errors.Select(x => x.Message))}";
        }

        return await MigrateAsync(new SchemaMigrator(Database.Owner, _logger), candidate, plan: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Migrates, boots and swaps in a validated module, replacing <paramref name="existing"/> (which boots again when the new one fails to).</summary>
    private async Task SwapAsync(LoadedPlugin candidate, string fingerprint, ServedModule? existing, CancellationToken cancellationToken)
    {
        if (await MigrateAsync(new SchemaMigrator(Database.Owner, _logger), candidate, plan: false, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            Reject(candidate, existing, refusal);
            return;
        }

        var (pause, drained) = await Services.Mediator.Gate.PauseAsync(DrainTimeout).ConfigureAwait(false);
        using (pause)
        {
            if (!drained)
            {
                LogNotDrained(_logger, candidate.Id, (int)DrainTimeout.TotalSeconds);
            }

            if (existing is not null)
            {
                await StopModuleAsync(existing).ConfigureAwait(false);
            }

            var started = await StartModuleAsync(candidate, cancellationToken, fingerprint).ConfigureAwait(false);
            if (started is null && existing is not null)
            {
                // The new version failed to boot: the old one serves again, and the refusal says why.
                var failure = Status(candidate.Folder)?.Failure;
                var restarted = await StartModuleAsync(existing.Source, cancellationToken, existing.Fingerprint).ConfigureAwait(false);
                Replace(existing, restarted);
                await PublishSchemaAsync().ConfigureAwait(false);
                SetStatus(existing.Source, null, rejected: failure);
                return;
            }

            Replace(existing, started);
            await PublishSchemaAsync().ConfigureAwait(false);
            if (started is not null)
            {
                SetStatus(started.Source, null);
                LogServed(_logger, started.Id, started.Module.Definition.Version, existing is null ? "added" : "replaced");
            }
        }

        if (existing is not null)
        {
            ObserveUnload(existing);
        }
    }

    /// <summary>Stops serving <paramref name="removed"/> and every served module that depends on it.</summary>
    private async Task RemoveAsync(ServedModule removed, string reason)
    {
        var gone = new List<ServedModule> { removed };
        for (var i = 0; i < gone.Count; i++)
        {
            gone.AddRange(_served.Where(s => s.Module.Definition.DependsOn.Contains(gone[i].Id) && !gone.Contains(s)));
        }

        var (pause, _) = await Services.Mediator.Gate.PauseAsync(DrainTimeout).ConfigureAwait(false);
        using (pause)
        {
            foreach (var module in Enumerable.Reverse(gone))
            {
                await UnserveAsync(module).ConfigureAwait(false);
                if (module != removed)
                {
                    SetStatus(module.Source with { State = PluginState.Failed }, $"Module '{module.Id}' depends on '{removed.Id}', which was removed.");
                }

                LogRemoved(_logger, module.Id, module == removed ? reason : $"it depends on '{removed.Id}'");
            }

            await PublishSchemaAsync().ConfigureAwait(false);
        }

        gone.ForEach(ObserveUnload);
    }

    /// <summary>Registers and boots a module (its API's commands included); null, with the module refused, when its boot throws.</summary>
    private async Task<ServedModule?> StartModuleAsync(LoadedPlugin plugin, CancellationToken cancellationToken, string? fingerprint = null)
    {
        var definition = plugin.Definition!;
        try
        {
            Repositories.AddModule(definition);
            await _modules.BootOneAsync(plugin.Module!, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Repositories.RemoveModule(definition.Id);
            Refuse(plugin, $"It failed to boot: {e.Message}");
            return null;
        }

        var api = new ModuleApi(ApiServices, definition);
        api.Activate();
        return new ServedModule(plugin, api, fingerprint ?? Fingerprint(plugin.Folder)); // its status follows once its schema is published
    }

    private async Task StopModuleAsync(ServedModule module)
    {
        module.Api.Dispose();
        await _modules.ShutdownOneAsync(module.Module).ConfigureAwait(false);
        Repositories.RemoveModule(module.Id);
    }

    /// <summary>Stops a module and takes it out of the modules served (the schema follows with the next publish).</summary>
    private async Task UnserveAsync(ServedModule module)
    {
        await StopModuleAsync(module).ConfigureAwait(false);
        Volatile.Write(ref _served, [.. _served.Where(s => s != module)]);
    }

    private void Replace(ServedModule? existing, ServedModule? replacement)
    {
        var served = _served.ToList();
        var index = existing is null ? -1 : served.IndexOf(existing);
        if (index >= 0)
        {
            served.RemoveAt(index);
        }

        if (replacement is not null)
        {
            served.Insert(index >= 0 ? index : served.Count, replacement);
        }

        Volatile.Write(ref _served, served);
    }

    /// <summary>Composes the API of the modules served and publishes it: the next request runs on it.</summary>
    private async Task PublishSchemaAsync()
    {
        var api = await ComposeServedAsync().ConfigureAwait(false);
        Volatile.Write(ref _api, api);
        SchemaChanged?.Invoke(api.Schema);
    }

    /// <summary>The API of the modules served; a module whose SDL does not compose with the ones before it is stopped and refused.</summary>
    private async Task<GraphQLApi> ComposeServedAsync()
    {
        try
        {
            return GraphQLApi.Create(ApiServices, [.. _served.Select(s => s.Api)], ModuleList);
        }
        catch (GraphQLSchemaException) when (_served.Count > 0)
        {
            for (var count = 1; count <= _served.Count; count++)
            {
                try
                {
                    GraphQLApi.Create(ApiServices, [.. _served.Take(count).Select(s => s.Api)], ModuleList);
                }
                catch (GraphQLSchemaException e)
                {
                    var culprit = _served[count - 1];
                    await UnserveAsync(culprit).ConfigureAwait(false);
                    Refuse(culprit.Source, $"Its GraphQL schema does not compose with the modules before it: {string.Join(" ", e.Errors.Select(x => x.Message))}");
                    return await ComposeServedAsync().ConfigureAwait(false);
                }
            }

            throw;
        }
    }

    /// <summary>Plans or applies the module's migration; returns why it is refused, or null.</summary>
    private async Task<string?> MigrateAsync(SchemaMigrator migrator, LoadedPlugin plugin, bool plan, CancellationToken cancellationToken)
    {
        var desired = SchemaEmitter.Emit(plugin.Definition!);
        var options = new MigrationOptions { AllowDestructive = _settings.AllowDestructiveMigrations };
        try
        {
            if (!plan)
            {
                await migrator.ApplyAsync(desired, options, cancellationToken).ConfigureAwait(false);
                return null;
            }

            var planned = await migrator.PlanAsync(desired, options, cancellationToken).ConfigureAwait(false);
            return planned.Refusals.Count > 0 || (planned.DestructiveSteps.Count > 0 && !options.AllowDestructive)
                ? $"Its database migration was refused: {new MigrationRefusedException(planned).Message}"
                : null;
        }
        catch (MigrationRefusedException e)
        {
            return $"Its database migration was refused: {e.Message}";
        }
    }

    /// <summary>A refused change: a new module is reported failed; a served one keeps serving, with the refusal beside it.</summary>
    private void Reject(LoadedPlugin candidate, ServedModule? existing, string reason)
    {
        PluginLoader.Discard(candidate);
        if (existing is null)
        {
            SetStatus(candidate with { State = PluginState.Failed }, reason);
        }
        else
        {
            SetStatus(existing.Source, null, rejected: reason);
        }

        LogRejected(_logger, candidate.Id, existing?.Module.Definition.Version ?? "-", reason);
    }

    private void Refuse(LoadedPlugin plugin, string reason)
    {
        PluginLoader.Discard(plugin);
        SetStatus(plugin with { State = PluginState.Failed }, reason);
        LogRefused(_logger, plugin.Id, reason);
    }

    private void SetStatus(LoadedPlugin plugin, string? failure, string? rejected = null)
    {
        var definition = plugin.Definition;
        var status = new ModuleStatus(
            plugin.Id, definition?.Version, definition?.DependsOn.ToList() ?? [], definition?.Entities.Select(e => e.Name).ToList() ?? [],
            failure is null && plugin.State == PluginState.Loaded ? "loaded" : "failed", failure)
        {
            Source = IsManifestFolder(plugin.Folder) ? "manifests" : "plugin",
            Folder = plugin.Folder,
            Rejected = rejected,
        };
        lock (_statuses)
        {
            _statuses[plugin.Folder] = status;
        }
    }

    private ModuleStatus? Status(string folder)
    {
        lock (_statuses)
        {
            return _statuses.GetValueOrDefault(folder);
        }
    }

    private bool IsManifestFolder(string folder) =>
        _settings.ManifestModulesDirectory is { } root && Path.GetFullPath(folder).StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>What the folder's files are (names, sizes, times): a copy that changes nothing is not a change.</summary>
    private static string Fingerprint(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            text.Append(Path.GetRelativePath(folder, file)).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Unloads a replaced or removed module's code and reports when it is collected — or, after a while, that something still holds it.</summary>
    private void ObserveUnload(ServedModule module)
    {
        var copy = PluginLoader.CopyOf(module.Source);
        if (PluginLoader.Unload(module.Source) is not { } reference)
        {
            return;
        }

        var (id, version) = (module.Id, module.Module.Definition.Version);
        var started = System.Diagnostics.Stopwatch.StartNew();
        _ = Task.Run(async () =>
        {
            while (started.Elapsed < _settings.UnloadTimeout)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                if (!reference.IsAlive)
                {
                    LogCollected(_logger, id, version, (long)started.Elapsed.TotalMilliseconds);
                    if (copy is not null)
                    {
                        PluginLoader.DeleteCopy(copy);
                    }

                    return;
                }

                await Task.Delay(250).ConfigureAwait(false);
            }

            LogStillHeld(_logger, id, version, (int)_settings.UnloadTimeout.TotalSeconds, Holders(reference.Target as AssemblyLoadContext));
        });
    }

    /// <summary>The platform registries that still point into <paramref name="context"/>'s code.</summary>
    private string Holders(AssemblyLoadContext? context)
    {
        if (context is null)
        {
            return "nothing any more";
        }

        bool Inside(Delegate handler) => handler.GetInvocationList().Any(d => AssemblyLoadContext.GetLoadContext(d.Method.Module.Assembly) == context
            || (d.Target is { } target && AssemblyLoadContext.GetLoadContext(target.GetType().Assembly) == context));
        var holders = Services.Mediator.Handlers.Where(h => Inside(h.Handler)).Select(h => $"the handler of {h.Kind.ToString().ToLowerInvariant()} '{h.Type}'").ToList();
        return holders.Count > 0
            ? string.Join(", ", holders)
            : "no platform registry (handlers, hooks and subscriptions of the module were removed): a static field, a timer or a task the module started, or a cache keyed by its types (System.Text.Json metadata of a type it returned); take a heap dump with dotnet-gcdump to find it";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {ModuleId} {Version} {Change}")]
    private static partial void LogServed(ILogger logger, string moduleId, string version, string change);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Module {ModuleId}: the change was refused, version {Version} keeps serving: {Reason}")]
    private static partial void LogRejected(ILogger logger, string moduleId, string version, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {ModuleId} removed: {Reason}")]
    private static partial void LogRemoved(ILogger logger, string moduleId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Module {ModuleId}: requests in flight did not finish within {Seconds} s; swapping anyway")]
    private static partial void LogNotDrained(ILogger logger, string moduleId, int seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {ModuleId} {Version}: its unloaded code was collected after {Milliseconds} ms")]
    private static partial void LogCollected(ILogger logger, string moduleId, string version, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Module {ModuleId} {Version}: its unloaded code is still held after {Seconds} s, by {Holders}")]
    private static partial void LogStillHeld(ILogger logger, string moduleId, string version, int seconds, string holders);

    private List<IReadOnlyDictionary<string, object?>> ModuleList() =>
        Volatile.Read(ref _served).Select(s => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["id"] = s.Id, ["version"] = s.Module.Definition.Version }).ToList();
}
