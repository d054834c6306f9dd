using BenchmarkDotNet.Attributes;
using Npgsql;
using Platform.Core.Ids;
using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Postgres.Connections;
using Platform.Postgres.Embedded;
using Platform.Postgres.Migrations;
using Platform.Postgres.Repositories;

namespace Platform.Benchmarks;

/// <summary>
/// The repository against plain Npgsql on the embedded server (issue 5 targets: inserts ≥ 0.5×,
/// findById ≥ 0.8× of plain). Both sides set the organization in the same batch (row-level
/// security is on for both); the repository also validates, writes the event and the outbox row.
/// </summary>
[MemoryDiagnoser]
public class RepositoryBenchmarks
{
    private readonly UlidGenerator _ulids = new();
    private string _folder = "";
    private EmbeddedPostgres _server = null!;
    private NpgsqlDataSource _app = null!;
    private EntityRepository _repository = null!;
    private TenantScope _scope = null!;
    private string _existingId = "";
    private int _counter;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"platform-bench-{Environment.ProcessId}");
        _server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(_folder) { Settings = new Dictionary<string, string> { ["fsync"] = "off", ["synchronous_commit"] = "off", ["jit"] = "off" } });
        var module = ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRootFinder.Find(), "modules", "Catalog"))).Module!;
        await using (var owner = NpgsqlDataSource.Create(_server.ConnectionString(EmbeddedPostgres.OwnerRole)))
        {
            await new SchemaMigrator(owner).ApplyAsync(SchemaEmitter.Emit(module));
        }

        _app = NpgsqlDataSource.Create(_server.ConnectionString(EmbeddedPostgres.AppRole));
        _repository = new EntityRepository(_app, new EntityTable(module, module.FindEntity("Category")!), new RepositoryContext("org_bench", "actor_bench", "corr_bench"));
        _scope = new TenantScope(_app, "org_bench");
        _existingId = (await _repository.CreateAsync(Input())).Id;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
        File.Delete(_folder + ".credentials.json");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("insert")]
    public Task<int> PlainNpgsqlInsert() =>
        _scope.ExecuteAsync("INSERT INTO cat_categories (id, organization_id, name, slug) VALUES ($1, 'org_bench', $2, $3)", [$"cat_{_ulids.Next()}", "Bench", $"plain-{Interlocked.Increment(ref _counter)}"]);

    [Benchmark]
    [BenchmarkCategory("insert")]
    public Task RepositoryCreate() => _repository.CreateAsync(Input());

    [Benchmark]
    [BenchmarkCategory("find")]
    public Task<IReadOnlyList<string>> PlainNpgsqlFindById() =>
        _scope.QueryAsync("SELECT id, name, slug, parent_id, attribute_set, sort_order, status, version, created_at, updated_at FROM cat_categories WHERE id = $1 AND deleted_at IS NULL", [_existingId], r => r.GetString(1));

    [Benchmark]
    [BenchmarkCategory("find")]
    public Task RepositoryFindById() => _repository.FindByIdAsync(_existingId);

    private Dictionary<string, object?> Input() => new() { ["name"] = "Bench", ["slug"] = $"repo-{Interlocked.Increment(ref _counter)}" };
}
