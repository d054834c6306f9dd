using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Hosting.Runtime;

/// <summary>
/// Watches folders of module folders (the plugins folder, the manifest modules folder) and reports each
/// module folder that changed once its files have been quiet for a moment — a copy in progress is one
/// change, not dozens.
/// </summary>
internal sealed partial class PluginWatcher : IDisposable
{
    /// <summary>How long a module folder must be quiet before its change is reported.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ConcurrentDictionary<string, Timer> _pending = new(StringComparer.Ordinal);
    private readonly Func<string, Task> _changed;
    private readonly ILogger _logger;

    public PluginWatcher(IEnumerable<string> roots, Func<string, Task> changed, ILogger logger)
    {
        _changed = changed;
        _logger = logger;
        foreach (var root in roots.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(root);
            var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Touch(root, e.FullPath);
            watcher.Created += (_, e) => Touch(root, e.FullPath);
            watcher.Deleted += (_, e) => Touch(root, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Touch(root, e.OldFullPath);
                Touch(root, e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        foreach (var timer in _pending.Values)
        {
            timer.Dispose();
        }
    }

    /// <summary>Restarts the quiet period of the module folder <paramref name="path"/> lies in.</summary>
    private void Touch(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || relative == ".")
        {
            return;
        }

        var folder = Path.Combine(root, relative.Split(Path.DirectorySeparatorChar)[0]);
        var timer = _pending.GetOrAdd(folder, f => new Timer(_ => Fire(f)));
        timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private void Fire(string folder)
    {
        if (_pending.TryRemove(folder, out var timer))
        {
            timer.Dispose();
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await _changed(folder).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogReloadFailed(_logger, e, folder);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the module folder {Folder} failed")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string folder);
}
