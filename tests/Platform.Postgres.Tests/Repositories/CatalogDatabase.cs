using Npgsql;
using Platform.Model.Checks;
using Platform.Model.Definitions;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Postgres.Migrations;
using Platform.Postgres.Repositories;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Postgres.Tests.Repositories;

/// <summary>A database migrated to the catalog module, with repositories for any organization.</summary>
public sealed class CatalogDatabase : PostgresDatabase
{
    public static readonly ModuleDefinition Module = ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, "modules", "Catalog"))).Module!;

    private NpgsqlDataSource? _app;
    private NpgsqlDataSource? _superuser;

    protected override string TemplateName => "tpl_catalog_repositories";

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public NpgsqlDataSource App => _app ??= NpgsqlDataSource.Create(AppConnectionString);

    public EntityRepository Repository(string entity, string orgId, string? actorId = "actor_1") =>
        new(App, new EntityTable(Module, Module.FindEntity(entity)!), new RepositoryContext(orgId, actorId, "corr_1") { Time = Clock });

    /// <summary>A repository of <paramref name="entity"/> for <paramref name="orgId"/> on another data source (counted, pooled differently).</summary>
    public static EntityRepository Repository(NpgsqlDataSource app, string orgId, string entity) =>
        new(app, new EntityTable(Module, Module.FindEntity(entity)!), new RepositoryContext(orgId, null, "corr"));

    /// <summary>Runs a query as superuser (sees every organization), for assertions.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        _superuser ??= NpgsqlDataSource.Create(SuperuserConnectionString);
        await using var connection = await _superuser.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public override async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_superuser is not null)
        {
            await _superuser.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    protected override async Task PrepareTemplateAsync(string ownerConnectionString)
    {
        await using var owner = NpgsqlDataSource.Create(ownerConnectionString);
        await new SchemaMigrator(owner).ApplyAsync(SchemaEmitter.Emit(Module));
    }
}
