using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Core.Context;
using Platform.Core.Repositories;

namespace Platform.Core.Hooks;

/// <summary>
/// Module code joining the generated CRUD of entities (seed 001 § EntitySchema: beforeSave, afterSave,
/// beforeDelete, afterDelete), keyed by <c>module.Entity</c>. Hooks of one point run in registration
/// order; a before-hook that throws stops the operation; an after-hook runs once the change has
/// committed, and its failure is logged without undoing the change.
/// </summary>
public sealed partial class EntityHooks(ILogger<EntityHooks>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly ConcurrentDictionary<(string Entity, HookPoint Point), ImmutableHookList> _hooks = new();

    /// <summary>Adds a before-save hook of <paramref name="entity"/> (<c>module.Entity</c>); dispose the result to remove it.</summary>
    public IDisposable BeforeSave(string entity, BeforeSaveHook hook) => Add(entity, HookPoint.BeforeSave, hook);

    /// <summary>Adds an after-save hook of <paramref name="entity"/> (<c>module.Entity</c>).</summary>
    public IDisposable AfterSave(string entity, EntityHook hook) => Add(entity, HookPoint.AfterSave, hook);

    /// <summary>Adds a before-delete hook of <paramref name="entity"/> (<c>module.Entity</c>).</summary>
    public IDisposable BeforeDelete(string entity, EntityHook hook) => Add(entity, HookPoint.BeforeDelete, hook);

    /// <summary>Adds an after-delete hook of <paramref name="entity"/> (<c>module.Entity</c>).</summary>
    public IDisposable AfterDelete(string entity, EntityHook hook) => Add(entity, HookPoint.AfterDelete, hook);

    /// <summary>Whether <paramref name="entity"/> has hooks at <paramref name="point"/> (callers skip work when not).</summary>
    public bool Has(string entity, HookPoint point) => _hooks.TryGetValue((entity, point), out var list) && list.Items.Length > 0;

    /// <summary>Runs the before-save hooks; the first that throws stops the save.</summary>
    public async ValueTask RunBeforeSaveAsync(string entity, EntitySave save, ISystemContext context, CancellationToken cancellationToken)
    {
        foreach (var hook in Get(entity, HookPoint.BeforeSave))
        {
            await ((BeforeSaveHook)hook)(save, context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the before-delete hooks; the first that throws stops the delete.</summary>
    public async ValueTask RunBeforeDeleteAsync(string entity, EntityRecord current, ISystemContext context, CancellationToken cancellationToken)
    {
        foreach (var hook in Get(entity, HookPoint.BeforeDelete))
        {
            await ((EntityHook)hook)(current, context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the after-save or after-delete hooks of a committed change; failures are logged, each hook runs.</summary>
    public async ValueTask RunAfterAsync(string entity, HookPoint point, EntityRecord record, ISystemContext context, CancellationToken cancellationToken)
    {
        foreach (var hook in Get(entity, point))
        {
            try
            {
                await ((EntityHook)hook)(record, context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogAfterHookFailed(_logger, exception, point, entity, record.Id);
            }
        }
    }

    /// <summary>Removes every hook of the module <paramref name="moduleId"/> (when it unloads).</summary>
    public void RemoveModule(string moduleId)
    {
        foreach (var key in _hooks.Keys.Where(k => k.Entity.StartsWith(moduleId + ".", StringComparison.Ordinal)))
        {
            _hooks.TryRemove(key, out _);
        }
    }

    private Delegate[] Get(string entity, HookPoint point) => _hooks.TryGetValue((entity, point), out var list) ? list.Items : [];

    private Registration Add(string entity, HookPoint point, Delegate hook)
    {
        ArgumentException.ThrowIfNullOrEmpty(entity);
        ArgumentNullException.ThrowIfNull(hook);
        if (!entity.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Hook entity '{entity}' must be qualified with its module: module.Entity (BootRegistry.Hooks qualifies names for you).", nameof(entity));
        }

        _hooks.AddOrUpdate((entity, point), _ => new ImmutableHookList([hook]), (_, list) => new ImmutableHookList([.. list.Items, hook]));
        return new Registration(() => _hooks.AddOrUpdate((entity, point), _ => new ImmutableHookList([]), (_, list) => new ImmutableHookList([.. list.Items.Where(h => h != hook)])));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Point} hook of {Entity} failed for {Id}; the change stands")]
    private static partial void LogAfterHookFailed(ILogger logger, Exception exception, HookPoint point, string entity, string id);

    private sealed record ImmutableHookList(Delegate[] Items);

    private sealed class Registration(Action remove) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                remove();
            }
        }
    }
}
