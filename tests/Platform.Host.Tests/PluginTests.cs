using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Plugins;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>The host loads the plugins folder it is given, serves the good modules and reports the bad ones with their reasons.</summary>
public sealed class PluginTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("platform-host-plugins-").FullName;

    public void Dispose() => Directory.Delete(_plugins, recursive: true);

    [Fact]
    public async Task A_failing_plugin_is_skipped_with_its_reason_while_the_rest_serve()
    {
        ModuleCompiler.CopyCatalog(_plugins);
        var broken = Directory.CreateDirectory(Path.Combine(_plugins, "broken")).FullName;
        File.WriteAllText(Path.Combine(broken, "Broken.dll"), "not an assembly");
        File.WriteAllText(Path.Combine(broken, "Broken.deps.json"), """{"runtimeTarget":{"name":".NETCoreApp,Version=v10.0"},"targets":{}}""");
        var port = FreePort.Next();
        await using var host = HostProcess.Start(port, database, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins });
        await host.WaitForHttpAsync(new Uri($"http://127.0.0.1:{port}/health"), TimeSpan.FromSeconds(30));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using var modules = JsonDocument.Parse(await client.GetStringAsync("/modules"));
        using var graphql = await client.PostAsync("/graphql", new StringContent("""{"query":"{ modules { id version } }"}""", Encoding.UTF8, "application/json"));

        var list = modules.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m);
        Assert.Equal("loaded", list["catalog"].GetProperty("state").GetString());
        Assert.Equal(5, list["catalog"].GetProperty("entities").GetArrayLength());
        Assert.Equal("failed", list["broken"].GetProperty("state").GetString());
        Assert.StartsWith("Broken.dll could not be loaded:", list["broken"].GetProperty("failure").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"data":{"modules":[{"id":"catalog","version":"1.0.0"}]}}""", await graphql.Content.ReadAsStringAsync());
        Assert.Contains("Module broken is not served: Broken.dll could not be loaded", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_module_that_throws_in_boot_is_refused_with_its_dependents_and_leaves_nothing_behind()
    {
        ModuleCompiler.CopyCatalog(_plugins);
        ModuleCompiler.Build(_plugins, "boom", FixtureModules.Notes("boom"), FixtureModules.ThrowingBoot("boom"));
        ModuleCompiler.Build(_plugins, "boomaddon", FixtureModules.Notes("boomaddon", dependsOn: "boom", entity: "Extra"));

        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins });
        var modules = await ModulesAsync(host);
        using var client = host.Client("org_boot");
        var schema = await client.SendAsync("{ __type(name: \"Note\") { name } items { totalCount } }");

        Assert.Equal(("loaded", "failed", "failed"), (modules["catalog"].State, modules["boom"].State, modules["boomaddon"].State));
        Assert.Equal("It failed to boot: the boom module cannot reach its payment provider", modules["boom"].Failure);
        Assert.Equal("Module 'boomaddon' depends on 'boom', which failed: It failed to boot: the boom module cannot reach its payment provider", modules["boomaddon"].Failure);
        Assert.Equal("""{"__type":null,"items":{"totalCount":0}}""", schema.Ok().GetRawText());
    }

    [Fact]
    public async Task A_module_whose_graphql_types_collide_with_a_loaded_one_is_refused()
    {
        ModuleCompiler.CopyCatalog(_plugins);
        ModuleCompiler.Build(_plugins, "clash", FixtureModules.Notes("clash", entity: "Item"));

        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins });
        var modules = await ModulesAsync(host);
        using var client = host.Client("org_clash");

        Assert.Equal(("loaded", "failed"), (modules["catalog"].State, modules["clash"].State));
        Assert.StartsWith("Its GraphQL schema does not compose with the modules before it:", modules["clash"].Failure, StringComparison.Ordinal);
        Assert.Contains("\"Item\"", modules["clash"].Failure, StringComparison.Ordinal);
        Assert.Equal(0, (await client.SendAsync("{ items { totalCount } }")).At("items.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_destructive_migration_is_refused_at_start_unless_allowed_and_the_module_is_not_served()
    {
        var db = new PostgresDatabase();
        await db.InitializeAsync();
        try
        {
            ModuleCompiler.Build(_plugins, "memo", FixtureModules.Notes("memo", noteFields: "  color: { type: string }\n"));
            await using (var first = await TestHost.StartAsync(db, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins }))
            {
                using var client = first.Client("org_memo");
                (await client.SendAsync("mutation { createNote(input: { text: \"keep me\", color: \"red\" }) { id } }")).Ok();
            }

            ModuleCompiler.Build(_plugins, "memo", FixtureModules.Notes("memo", version: "2.0.0")); // drops color
            await using (var refused = await TestHost.StartAsync(db, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins }))
            {
                var modules = await ModulesAsync(refused);
                Assert.Equal("failed", modules["memo"].State);
                Assert.StartsWith("Its database migration was refused:", modules["memo"].Failure, StringComparison.Ordinal);
                Assert.Contains("memo_notes.color", modules["memo"].Failure, StringComparison.Ordinal);
            }

            await using var allowed = await TestHost.StartAsync(db, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins, ["ALLOW_DESTRUCTIVE_MIGRATIONS"] = "true" });
            using var reader = allowed.Client("org_memo");
            Assert.Equal("loaded", (await ModulesAsync(allowed))["memo"].State);
            Assert.Equal("""[{"text":"keep me"}]""", (await reader.SendAsync("{ notes { nodes { text } } }")).At("notes.nodes").GetRawText());
        }
        finally
        {
            await db.DisposeAsync();
        }
    }

    private static async Task<Dictionary<string, (string State, string? Failure)>> ModulesAsync(TestHost host)
    {
        using var http = new HttpClient();
        using var modules = JsonDocument.Parse(await http.GetStringAsync(new Uri(host.Url, "/modules")));
        return modules.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => (m.GetProperty("state").GetString()!, m.GetProperty("failure").GetString()));
    }
}
