using System.Text;
using System.Text.Json;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>The host loads the plugins folder it is given, serves the good modules and reports the bad ones.</summary>
public sealed class PluginTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("platform-host-plugins-").FullName;

    public void Dispose() => Directory.Delete(_plugins, recursive: true);

    [Fact]
    public async Task A_failing_plugin_is_skipped_with_its_reason_while_the_rest_serve()
    {
        var catalog = Directory.CreateDirectory(Path.Combine(_plugins, "catalog")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "artifacts", "plugins", "catalog")))
        {
            File.Copy(file, Path.Combine(catalog, Path.GetFileName(file)));
        }

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
}
