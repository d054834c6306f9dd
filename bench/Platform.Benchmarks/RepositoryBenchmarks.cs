using BenchmarkDotNet.Attributes;
using Platform.Core.Ids;
using Platform.Postgres.Connections;
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
    private CatalogBenchServer _server = null!;
    private EntityRepository _repository = null!;
    private TenantScope _scope = null!;
    private string _existingId = "";
    private int _counter;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await CatalogBenchServer.StartAsync("repository");
        _repository = _server.Repository("Category", "org_bench");
        _scope = new TenantScope(_server.App, "org_bench");
        _existingId = (await _repository.CreateAsync(Input())).Id;
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _server.DisposeAsync().AsTask();

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
