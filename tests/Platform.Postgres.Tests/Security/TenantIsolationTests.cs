using Npgsql;
using Platform.Postgres.Connections;
using Platform.TestKit.Postgres;

namespace Platform.Postgres.Tests.Security;

/// <summary>Row-level security with the organization set per batch (ARCHITECTURE.md § Security), on a hand-built table.</summary>
public sealed class TenantIsolationTests(TenantIsolationTests.NotesDatabase database) : IClassFixture<TenantIsolationTests.NotesDatabase>, IAsyncLifetime
{
    private NpgsqlDataSource _app = null!;

    public async Task InitializeAsync()
    {
        // A small pool, so requests of different organizations really share connections.
        _app = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(database.AppConnectionString) { MaxPoolSize = 2 }.ConnectionString).Build();
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();
        await using var reset = new NpgsqlCommand("TRUNCATE notes", owner);
        await reset.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EachOrganization_SeesOnlyItsOwnRows()
    {
        await new TenantScope(_app, "org_a").ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ('n1', 'org_a', 'for a')");
        await new TenantScope(_app, "org_b").ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ('n2', 'org_b', 'for b')");

        Assert.Equal(["for a"], await Bodies("org_a"));
        Assert.Equal(["for b"], await Bodies("org_b"));
        Assert.Empty(await Bodies("org_c"));
    }

    [Fact]
    public async Task RawQueryWithoutTheSetting_SeesNothing()
    {
        await new TenantScope(_app, "org_a").ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ('n1', 'org_a', 'x')");

        await using var connection = await _app.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM notes", connection);

        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task WritingAnotherOrganizationsRow_IsRefusedByThePolicy()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => new TenantScope(_app, "org_a").ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ('n9', 'org_b', 'forged')"));

        Assert.Equal("42501", error.SqlState); // new row violates row-level security policy
        Assert.Empty(await Bodies("org_b"));
    }

    [Fact]
    public async Task UpdatingAnotherOrganizationsRows_ChangesNothing()
    {
        await new TenantScope(_app, "org_b").ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ('n2', 'org_b', 'original')");

        var affected = await new TenantScope(_app, "org_a").ExecuteAsync("UPDATE notes SET body = 'hijacked'");

        Assert.Equal(0, affected);
        Assert.Equal(["original"], await Bodies("org_b"));
    }

    [Fact]
    public async Task PooledConnection_NeverCarriesTheOrganizationIntoTheNextUse()
    {
        await new TenantScope(_app, "org_a").QueryAsync("SELECT 1", null, r => r.GetInt32(0));
        await using (var transaction = await new TenantScope(_app, "org_a").BeginAsync())
        {
            await transaction.ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ('t1', 'org_a', 'in tx')");
            await transaction.CommitAsync();
        }

        // Every connection of the (2-connection) pool, used again without a scope, has no organization.
        var connections = new[] { await _app.OpenConnectionAsync(), await _app.OpenConnectionAsync() };
        foreach (var connection in connections)
        {
            await using var command = new NpgsqlCommand($"SELECT coalesce(current_setting('{TenantScope.OrgSetting}', true), '') || '|' || (SELECT count(*) FROM notes)", connection);
            Assert.Equal("|0", await command.ExecuteScalarAsync());
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConcurrentRequestsOfManyOrganizations_OnASharedPool_NeverSeeEachOther()
    {
        var orgs = Enumerable.Range(0, 8).Select(i => $"org_{i}").ToList();
        foreach (var org in orgs)
        {
            await new TenantScope(_app, org).ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ($1, $2, $2)", [$"note_{org}", org]);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var org = orgs[i % orgs.Count];
            return (org, bodies: await Bodies(org));
        }));

        Assert.All(results, r => Assert.Equal([r.org], r.bodies));
    }

    [Fact]
    public async Task RolledBackTransaction_LeavesNothing()
    {
        await using (var transaction = await new TenantScope(_app, "org_a").BeginAsync())
        {
            await transaction.ExecuteAsync("INSERT INTO notes (id, organization_id, body) VALUES ('r1', 'org_a', 'gone')");
        }

        Assert.Empty(await Bodies("org_a"));
    }

    private Task<IReadOnlyList<string>> Bodies(string org) =>
        new TenantScope(_app, org).QueryAsync("SELECT body FROM notes ORDER BY id", null, r => r.GetString(0));

    /// <summary>A template with one table under the platform's row-level security policy.</summary>
    public sealed class NotesDatabase : PostgresDatabase
    {
        protected override string TemplateName => "tpl_notes";

        protected override async Task PrepareTemplateAsync(string ownerConnectionString)
        {
            await using var owner = new NpgsqlConnection(ownerConnectionString);
            await owner.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                CREATE TABLE notes (id text PRIMARY KEY, organization_id text NOT NULL, body text);
                ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
                ALTER TABLE notes FORCE ROW LEVEL SECURITY;
                CREATE POLICY org_isolation ON notes
                    USING (organization_id = current_setting('app.org_id', true))
                    WITH CHECK (organization_id = current_setting('app.org_id', true));
                """,
                owner);
            await command.ExecuteNonQueryAsync();
        }
    }
}
