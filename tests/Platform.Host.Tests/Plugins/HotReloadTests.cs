using System.Diagnostics;
using System.Text.Json;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests.Plugins;

/// <summary>Modules dropped into, replaced in and removed from a running host's plugins folder, and manifest-only modules edited while it runs.</summary>
public sealed class HotReloadTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("platform-hot-").FullName;
    private readonly string _staging = Directory.CreateTempSubdirectory("platform-hot-staging-").FullName;

    public void Dispose()
    {
        Directory.Delete(_plugins, recursive: true);
        Directory.Delete(_staging, recursive: true);
    }

    [Fact]
    public async Task A_module_copied_into_the_plugins_folder_is_served_and_removing_it_unloads_it()
    {
        ModuleCompiler.CopyCatalog(_plugins);
        await using var host = await StartAsync();
        using var client = host.Client("org_drop");

        DropIn("memoa", FixtureModules.Notes("memoa"));
        await WaitForAsync(host, "memoa", m => m?.State == "loaded");
        var created = await client.SendAsync("mutation { createNote(input: { text: \"dropped in\" }) { text } }");
        var items = await client.SendAsync("{ items { totalCount } }");

        Assert.Equal("dropped in", created.At("createNote.text").GetString());
        Assert.Empty(items.Errors); // the catalog serves on

        Directory.Delete(Path.Combine(_plugins, "memoa"), recursive: true);
        await WaitForAsync(host, "memoa", m => m is null);
        var gone = await client.SendAsync("{ __type(name: \"Note\") { name } }");
        Assert.Equal(JsonValueKind.Null, gone.At("__type").ValueKind);
        await WaitForOutputAsync(host, "Module memoa 1.0.0: its unloaded code was collected");
    }

    [Fact]
    public async Task A_newer_version_migrates_serves_its_new_field_and_open_subscriptions_keep_running()
    {
        DropIn("memob", FixtureModules.Notes("memob"));
        await using var host = await StartAsync();
        using var client = host.Client("org_upgrade");
        await using var socket = await host.SocketAsync("org_upgrade");
        await socket.SubscribeAsync("notes", "subscription { noteChanged { kind note { text } } }");
        (await client.SendAsync("mutation { createNote(input: { text: \"v1\" }) { id } }")).Ok();
        Assert.Equal("v1", Text(await socket.NextAsync("notes")));

        DropIn("memob", FixtureModules.Notes("memob", version: "2.0.0", noteFields: "  color: { type: string, default: blue }\n"));
        await WaitForAsync(host, "memob", m => m?.Version == "2.0.0");
        var created = await client.SendAsync("mutation { createNote(input: { text: \"v2\", color: \"red\" }) { text color } }");
        var old = await client.SendAsync("{ notes(order: [{ createdAt: ASC }]) { nodes { text color } } }");

        Assert.Equal("""{"text":"v2","color":"red"}""", created.At("createNote").GetRawText());
        Assert.Equal("""[{"text":"v1","color":"blue"},{"text":"v2","color":"red"}]""", old.At("notes.nodes").GetRawText()); // the new column was backfilled with its default
        Assert.Equal("v2", Text(await socket.NextAsync("notes"))); // the subscription opened on version 1 still delivers
        await WaitForOutputAsync(host, "Module memob 1.0.0: its unloaded code was collected");
    }

    [Fact]
    public async Task Unloaded_code_that_something_still_holds_is_reported_with_what_holds_it()
    {
        const string Leaky = """
            namespace Platform.Modules.Leaky;

            public sealed partial class LeakyModule
            {
                private static global::System.Threading.Timer? _timer;

                // A timer the module starts and never stops: a root that keeps its code alive after unloading.
                partial void OnBoot(global::Platform.Core.Modules.BootRegistry registry) => _timer = new global::System.Threading.Timer(_ => { }, null, 1000, 1000);
            }
            """;
        DropIn("leaky", FixtureModules.Notes("leaky"), Leaky);
        await using var host = await StartAsync(new Dictionary<string, string?> { ["MODULES_UNLOAD_TIMEOUT_SECONDS"] = "2" });
        await WaitForAsync(host, "leaky", m => m?.State == "loaded");

        Directory.Delete(Path.Combine(_plugins, "leaky"), recursive: true);

        await WaitForOutputAsync(host, "Module leaky 1.0.0: its unloaded code is still held after 2 s, by no platform registry");
    }

    [Fact]
    public async Task Bad_drop_ins_are_refused_with_their_reason_and_change_nothing()
    {
        ModuleCompiler.CopyCatalog(_plugins);
        DropIn("memoc", FixtureModules.Notes("memoc", noteFields: "  color: { type: string }\n"));
        await using var host = await StartAsync();
        using var client = host.Client("org_bad");
        (await client.SendAsync("mutation { createNote(input: { text: \"keep\", color: \"red\" }) { id } }")).Ok();

        var broken = Directory.CreateDirectory(Path.Combine(_staging, "broken")).FullName;
        File.WriteAllText(Path.Combine(broken, "Broken.dll"), "not an assembly");
        File.WriteAllText(Path.Combine(broken, "Broken.deps.json"), """{"runtimeTarget":{"name":".NETCoreApp,Version=v10.0"},"targets":{}}""");
        Move(broken, "broken");
        DropIn("clash", FixtureModules.Notes("clash", entity: "Item"));
        DropIn("memoc", FixtureModules.Notes("memoc", version: "2.0.0")); // drops color: destructive
        DropIn("orphan", FixtureModules.Notes("orphan", dependsOn: "nowhere"));

        Assert.StartsWith("Broken.dll could not be loaded:", (await WaitForAsync(host, "broken", m => m?.State == "failed"))!.Failure, StringComparison.Ordinal);
        Assert.StartsWith("Its GraphQL schema does not compose with the modules served:", (await WaitForAsync(host, "clash", m => m?.State == "failed"))!.Failure, StringComparison.Ordinal);
        Assert.Equal("Module 'orphan' depends on 'nowhere', which is not served.", (await WaitForAsync(host, "orphan", m => m?.State == "failed"))!.Failure);
        var memo = await WaitForAsync(host, "memoc", m => m?.Rejected is not null);
        Assert.Equal(("loaded", "1.0.0"), (memo!.State, memo.Version));
        Assert.StartsWith("Its database migration was refused:", memo.Rejected, StringComparison.Ordinal);
        var still = await client.SendAsync("{ notes { nodes { text color } } items { totalCount } }");
        Assert.Equal("""{"notes":{"nodes":[{"text":"keep","color":"red"}]},"items":{"totalCount":0}}""", still.Ok().GetRawText());
    }

    [Fact]
    public async Task A_folder_of_manifests_is_served_reloaded_when_edited_and_a_bad_edit_keeps_the_last_good_version()
    {
        var manifests = Directory.CreateDirectory(Path.Combine(_staging, "manifest-modules")).FullName;
        var folder = Directory.CreateDirectory(Path.Combine(manifests, "todo")).FullName;
        File.WriteAllText(Path.Combine(folder, "module.yaml"), "id: todo\nversion: 1.0.0\ntablePrefix: todo_\n");
        File.WriteAllText(Path.Combine(folder, "task.entity.yaml"), "name: Task\nfields:\n  title: { type: string, required: true }\n");
        await using var host = await StartAsync(new Dictionary<string, string?> { ["MANIFEST_MODULES_DIR"] = manifests });
        using var client = host.Client("org_todo");
        var first = await WaitForAsync(host, "todo", m => m?.State == "loaded");
        (await client.SendAsync("mutation { createTask(input: { title: \"write tests\" }) { id } }")).Ok();

        File.WriteAllText(Path.Combine(folder, "task.entity.yaml"), "name: Task\nfields:\n  title: { type: string, required: true }\n  done: { type: boolean, required: true, default: false }\n");
        File.WriteAllText(Path.Combine(folder, "module.yaml"), "id: todo\nversion: 1.1.0\ntablePrefix: todo_\n");
        await WaitForAsync(host, "todo", m => m?.Version == "1.1.0");
        var edited = await client.SendAsync("{ tasks { nodes { title done } } }");

        File.WriteAllText(Path.Combine(folder, "task.entity.yaml"), "name: Task\nfields:\n  title: { type: strng, required: true }\n");
        var bad = await WaitForAsync(host, "todo", m => m?.Rejected is not null);
        var served = await client.SendAsync("{ tasks { nodes { title done } } }");

        Assert.Equal("manifests", first!.Source);
        Assert.Equal("""[{"title":"write tests","done":false}]""", edited.At("tasks.nodes").GetRawText());
        Assert.Contains("error PLAT", bad!.Rejected, StringComparison.Ordinal);
        Assert.Contains("task.entity.yaml(3,", bad.Rejected, StringComparison.Ordinal);
        Assert.Equal(("loaded", "1.1.0"), (bad.State, bad.Version));
        Assert.Equal(edited.At("tasks.nodes").GetRawText(), served.At("tasks.nodes").GetRawText());
        Assert.Contains("Module todo: the change was refused, version 1.1.0 keeps serving", host.Process.Output, StringComparison.Ordinal);
    }

    private Task<TestHost> StartAsync(Dictionary<string, string?>? more = null)
    {
        var environment = new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins };
        foreach (var (key, value) in more ?? [])
        {
            environment[key] = value;
        }

        return TestHost.StartAsync(database, environment);
    }

    /// <summary>Builds a module aside and moves it into the plugins folder whole, as a deployment would (replacing what was there).</summary>
    private void DropIn(string id, Dictionary<string, string> manifests, string? code = null) =>
        Move(ModuleCompiler.Build(_staging, id, manifests, code), id);

    private void Move(string built, string name)
    {
        var target = Path.Combine(_plugins, name);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(built, target);
    }

    private static string? Text(JsonElement message) =>
        message.GetProperty("payload").GetProperty("data").GetProperty("noteChanged").GetProperty("note").GetProperty("text").GetString();

    /// <summary>Polls <c>/modules</c> until the module <paramref name="id"/> satisfies <paramref name="condition"/> (null: not listed).</summary>
    private static async Task<ModuleEntry?> WaitForAsync(TestHost host, string id, Func<ModuleEntry?, bool> condition)
    {
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        ModuleEntry? last = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var modules = JsonDocument.Parse(await http.GetStringAsync(new Uri(host.Url, "/modules")));
            last = modules.RootElement.EnumerateArray().Where(m => m.GetProperty("id").GetString() == id)
                .Select(m => new ModuleEntry(m.GetProperty("state").GetString()!, m.GetProperty("version").GetString(), m.GetProperty("failure").GetString(), m.GetProperty("rejected").GetString(), m.GetProperty("source").GetString()!))
                .FirstOrDefault();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Module {id} did not reach the expected state within 30 s; last: {last}.\n{host.Process.Output}");
    }

    private static async Task WaitForOutputAsync(TestHost host, string text)
    {
        var clock = Stopwatch.StartNew();
        while (!host.Process.Output.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(45))
            {
                throw new TimeoutException($"The host never logged '{text}'.\n{host.Process.Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>A module as <c>/modules</c> lists it.</summary>
    public sealed record ModuleEntry(string State, string? Version, string? Failure, string? Rejected, string Source);
}
