using Npgsql;
using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Postgres.Migrations;
using Platform.TestKit.Postgres;

namespace Platform.Postgres.Tests.Migrations;

/// <summary>A fresh, empty database per test and helpers to migrate it to inline manifests.</summary>
internal sealed class MigrationHarness : IAsyncDisposable
{
    private static int _counter;
    private readonly PostgresCluster _cluster;
    private readonly string _name;

    private MigrationHarness(PostgresCluster cluster, string name)
    {
        _cluster = cluster;
        _name = name;
        Owner = NpgsqlDataSource.Create(cluster.Server.ConnectionString(Platform.Postgres.Embedded.EmbeddedPostgres.OwnerRole, name));
        App = NpgsqlDataSource.Create(cluster.Server.ConnectionString(Platform.Postgres.Embedded.EmbeddedPostgres.AppRole, name));
        Superuser = NpgsqlDataSource.Create(cluster.Server.ConnectionString(Platform.Postgres.Embedded.EmbeddedPostgres.Superuser, name));
        Migrator = new SchemaMigrator(Owner);
    }

    public NpgsqlDataSource Owner { get; }

    public NpgsqlDataSource App { get; }

    public SchemaMigrator Migrator { get; }

    /// <summary>Sees every row (superusers bypass row-level security): for assertions.</summary>
    public NpgsqlDataSource Superuser { get; }

    public static async Task<MigrationHarness> CreateAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        var name = $"mig_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";
        await cluster.CreateDatabaseAsync(name);
        return new MigrationHarness(cluster, name);
    }

    /// <summary>The desired schema of a module given as (file, text) manifests; module.yaml is added when missing.</summary>
    public static DatabaseSchema Desired(params (string File, string Text)[] manifests)
    {
        var files = manifests.Select(m => new ManifestFile(m.File, m.Text)).ToList();
        if (files.All(f => f.Path != "module.yaml"))
        {
            files.Add(new ManifestFile("module.yaml", "id: shop\nversion: 1.0.0\n"));
        }

        var compiled = ManifestCompiler.Compile(files);
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
        return SchemaEmitter.Emit(compiled.Module!);
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Superuser.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Superuser.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Owner.DisposeAsync();
        await App.DisposeAsync();
        await Superuser.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _cluster.DropDatabaseAsync(_name);
    }
}
