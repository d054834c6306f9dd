using System.Reflection;
using Platform.Core.Modules;

namespace Platform.Hosting.Plugins;

/// <summary>
/// Discovers <c>&lt;plugins&gt;/&lt;module&gt;/</c> folders, loads each module assembly into its own
/// collectible context and reads its descriptor; orders the modules by <c>dependsOn</c> and refuses —
/// with the reason — a plugin whose folder, assembly or descriptor is broken, and every plugin that
/// depends on a missing or refused one. The others are served.
/// </summary>
public sealed class PluginLoader
{
    private readonly List<LoadedPlugin> _plugins = [];

    /// <summary>Every plugin folder found, in boot order for those that loaded (failed ones last).</summary>
    public IReadOnlyList<LoadedPlugin> Plugins => _plugins;

    /// <summary>The loaded modules in boot order.</summary>
    public IReadOnlyList<IModule> Modules => [.. _plugins.Where(p => p.State == PluginState.Loaded).Select(p => p.Module!)];

    /// <summary>Loads every plugin under <paramref name="pluginsDirectory"/> (a missing folder means no plugins), ordered together with <paramref name="more"/> modules (manifest-only ones).</summary>
    public static PluginLoader Load(string pluginsDirectory, IEnumerable<LoadedPlugin>? more = null)
    {
        var loader = new PluginLoader();
        var attempts = Directory.Exists(pluginsDirectory)
            ? Directory.GetDirectories(pluginsDirectory).Order(StringComparer.Ordinal).Select(LoadFolder).ToList()
            : [];
        attempts.AddRange(more ?? []);
        loader.Order(attempts);
        return loader;
    }

    /// <summary>
    /// Unloads one plugin's context (a manifest-only module has none); returns a weak reference that
    /// dies once nothing holds the plugin's types any more, or null.
    /// </summary>
    public static WeakReference? Unload(LoadedPlugin plugin)
    {
        if (plugin.Context is not { } context)
        {
            return null;
        }

        var reference = new WeakReference(context);
        context.Unload();
        return reference;
    }

    /// <summary>The private copy a plugin was loaded from (deleted by the caller once its context is collected), or null.</summary>
    public static string? CopyOf(LoadedPlugin plugin) => plugin.Context?.Copy;

    /// <summary>Unloads a plugin that never served and deletes its private copy (nothing ran its code, so nothing holds it).</summary>
    public static void Discard(LoadedPlugin plugin)
    {
        if (plugin.Context is { } context)
        {
            Discard(context);
        }
    }

    /// <summary>Unloads every plugin context; returns weak references that become dead once nothing holds a plugin type.</summary>
    public IReadOnlyList<WeakReference> Unload()
    {
        var references = new List<WeakReference>();
        foreach (var plugin in _plugins.Where(p => p.Context is not null))
        {
            references.Add(new WeakReference(plugin.Context));
            plugin.Context!.Unload();
        }

        _plugins.Clear();
        return references;
    }

    /// <summary>Loads the module assembly of one plugin folder into its own collectible context, or says why it cannot.</summary>
    public static LoadedPlugin LoadFolder(string folder)
    {
        var candidates = Directory.GetFiles(folder, "*.deps.json").Select(d => d[..^".deps.json".Length] + ".dll").Where(File.Exists).ToList();
        if (candidates.Count != 1)
        {
            return new LoadedPlugin(folder, PluginState.Failed, null,
                candidates.Count == 0 ? "No module assembly (a .dll with its .deps.json) in the folder; copy the module's build output here." : $"More than one module assembly in the folder: {string.Join(", ", candidates.Select(Path.GetFileName))}.");
        }

        // The runtime's dependency resolver is native code that cannot cope with a malformed deps.json
        // (it aborts the process): check its shape before handing it over.
        if (DepsProblem(candidates[0][..^".dll".Length] + ".deps.json") is { } problem)
        {
            return new LoadedPlugin(folder, PluginState.Failed, null, problem);
        }

        // Loaded from a private copy: the runtime keeps an assembly's image by path, so a newer version
        // copied over the folder would otherwise load as the old one while that is still in memory; and
        // the folder stays free to be replaced.
        var copy = ShadowCopy(folder);
        var context = new PluginLoadContext(Path.Combine(copy, Path.GetFileName(candidates[0])), copy);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.Combine(copy, Path.GetFileName(candidates[0])));
            var descriptors = assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
            if (descriptors.Count != 1)
            {
                Discard(context);
                return new LoadedPlugin(folder, PluginState.Failed, null, $"{Path.GetFileName(candidates[0])} has {descriptors.Count} module descriptors (IModule); a module assembly has exactly one (generated from manifests/module.yaml).");
            }

            var module = (IModule)Activator.CreateInstance(descriptors[0])!;
            _ = module.Definition; // reads and checks the embedded manifests now, not at first request
            return new LoadedPlugin(folder, PluginState.Loaded, module, null) { Context = context };
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or ReflectionTypeLoadException or TargetInvocationException or InvalidOperationException)
        {
            Discard(context);
            var reason = e is TargetInvocationException { InnerException: { } inner } ? inner.Message : e.Message;
            return new LoadedPlugin(folder, PluginState.Failed, null, $"{Path.GetFileName(candidates[0])} could not be loaded: {reason}");
        }
    }

    /// <summary>Where loaded plugins are copied to: one folder per load, removed when its context is collected or at the next start.</summary>
    public static string ShadowRoot { get; } = Path.Combine(Path.GetTempPath(), $"platform-plugins-{Environment.UserName}");

    /// <summary>Removes the private copies of processes that no longer run (a crashed or killed host leaves its copies behind).</summary>
    public static void RemoveStaleCopies()
    {
        if (!Directory.Exists(ShadowRoot))
        {
            return;
        }

        foreach (var copy in Directory.GetDirectories(ShadowRoot))
        {
            var parts = Path.GetFileName(copy).Split('-');
            if (parts.Length >= 3 && int.TryParse(parts[^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                DeleteCopy(copy);
            }
        }
    }

    /// <summary>Deletes a private copy (best effort: a file still open is left for the next start).</summary>
    public static void DeleteCopy(string copy)
    {
        try
        {
            Directory.Delete(copy, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for RemoveStaleCopies.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Discard(PluginLoadContext context)
    {
        context.Unload();
        DeleteCopy(context.Copy);
    }

    private static string ShadowCopy(string folder)
    {
        var copy = Path.Combine(ShadowRoot, $"{Path.GetFileName(folder)}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private static string? DepsProblem(string path)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return root.ValueKind == System.Text.Json.JsonValueKind.Object
                && root.TryGetProperty("runtimeTarget", out var target) && target.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String
                && root.TryGetProperty("targets", out var targets) && targets.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? null
                    : $"{Path.GetFileName(path)} is not a .NET dependency manifest (no runtimeTarget/targets); copy the module's whole build output.";
        }
        catch (System.Text.Json.JsonException e)
        {
            return $"{Path.GetFileName(path)} is not valid JSON: {e.Message}";
        }
    }

    private void Order(List<LoadedPlugin> attempts)
    {
        var loaded = attempts.Where(p => p.State == PluginState.Loaded).ToList();
        var failed = attempts.Where(p => p.State == PluginState.Failed).ToList();

        // A module whose dependency is missing or refused is refused too, until none is left waiting.
        bool changed;
        do
        {
            changed = false;
            var ids = loaded.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var plugin in loaded.ToList())
            {
                var missing = plugin.Module!.Definition.DependsOn.Where(d => !ids.Contains(d)).ToList();
                if (missing.Count > 0)
                {
                    loaded.Remove(plugin);
                    Discard(plugin);
                    failed.Add(plugin with { State = PluginState.Failed, Module = null, Context = null, Failure = $"Module '{plugin.Id}' depends on {string.Join(", ", missing.Select(m => $"'{m}'"))}, which is not loaded." });
                    changed = true;
                }
            }
        }
        while (changed);

        var duplicates = loaded.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)).ToList();
        foreach (var duplicate in duplicates)
        {
            loaded.Remove(duplicate);
            Discard(duplicate);
            failed.Add(duplicate with { State = PluginState.Failed, Module = null, Context = null, Failure = $"Module '{duplicate.Id}' is already loaded from another folder." });
        }

        try
        {
            var order = BootOrder.Resolve(loaded.Select(p => p.Module!.Definition));
            _plugins.AddRange(order.Select(definition => loaded.First(p => p.Id == definition.Id)));
        }
        catch (ModuleDependencyException e)
        {
            foreach (var plugin in loaded)
            {
                Discard(plugin);
                failed.Add(plugin with { State = PluginState.Failed, Module = null, Context = null, Failure = e.Message });
            }
        }

        _plugins.AddRange(failed.OrderBy(p => p.Id, StringComparer.Ordinal));
    }
}
