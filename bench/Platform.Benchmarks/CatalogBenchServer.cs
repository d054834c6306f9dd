using Npgsql;
using Platform.Model.Checks;
using Platform.Model.Definitions;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Postgres.Embedded;
using Platform.Postgres.Migrations;
using Platform.Postgres.Repositories;

namespace Platform.Benchmarks;

/// <summary>
/// A private embedded PostgreSQL for one benchmark process, tuned for benchmarking (fsync, synchronous
/// commit and JIT off) and migrated to the catalog module.
/// </summary>
internal sealed class CatalogBenchServer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly EmbeddedPostgres _server;

    private CatalogBenchServer(string folder, EmbeddedPostgres server, ModuleDefinition module)
    {
        _folder = folder;
        _server = server;
        Module = module;
        App = NpgsqlDataSource.Create(server.ConnectionString(EmbeddedPostgres.AppRole));
    }

    public ModuleDefinition Module { get; }

    /// <summary>Connects as platform_app (row-level security applies).</summary>
    public NpgsqlDataSource App { get; }

    public static async Task<CatalogBenchServer> StartAsync(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"platform-bench-{name}-{Environment.ProcessId}");
        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(folder) { Settings = new Dictionary<string, string> { ["fsync"] = "off", ["synchronous_commit"] = "off", ["jit"] = "off" } });
        var module = ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRootFinder.Find(), "modules", "Catalog"))).Module!;
        await using (var owner = NpgsqlDataSource.Create(server.ConnectionString(EmbeddedPostgres.OwnerRole)))
        {
            await new SchemaMigrator(owner).ApplyAsync(SchemaEmitter.Emit(module));
        }

        return new CatalogBenchServer(folder, server, module);
    }

    /// <summary>The repository of <paramref name="entity"/> for one organization.</summary>
    public EntityRepository Repository(string entity, string orgId) =>
        new(App, new EntityTable(Module, Module.FindEntity(entity)!), new RepositoryContext(orgId, "actor_bench", "corr_bench"));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
        File.Delete(_folder + ".credentials.json");
    }
}
