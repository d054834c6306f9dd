using Npgsql;
using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Postgres.Connections;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Postgres.Tests.Schema;

/// <summary>The DDL the manifests generate, applied to a real server: it runs, and the constraints and policies it declares hold.</summary>
public sealed class GeneratedDdlTests(GeneratedDdlTests.CatalogDatabase database) : IClassFixture<GeneratedDdlTests.CatalogDatabase>, IAsyncLifetime
{
    private NpgsqlDataSource _app = null!;

    public Task InitializeAsync()
    {
        _app = NpgsqlDataSource.Create(database.AppConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_module_table_has_row_level_security_enabled_forced_and_the_organization_policy()
    {
        await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, p.qual, p.with_check
            FROM pg_class c JOIN pg_policies p ON p.tablename = c.relname
            WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace ORDER BY c.relname
            """, owner);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
            Assert.True(reader.GetBoolean(1) && reader.GetBoolean(2), $"{reader.GetString(0)} lacks enabled+forced RLS");
            var column = reader.GetString(0) == "shp_organizations" ? "id" : "organization_id";
            Assert.Equal($"({column} = current_setting('app.org_id'::text, true))", reader.GetString(3));
            Assert.Equal(reader.GetString(3), reader.GetString(4));
        }

        Assert.Equal(["cat_categories", "cat_items", "cat_price_lists", "cat_price_rules", "cat_variants", "shp_audit_entries", "shp_labels", "shp_orders", "shp_organizations"], tables);
    }

    [Fact]
    public async Task An_append_only_table_takes_inserts_but_refuses_updates_and_deletes()
    {
        var scope = new TenantScope(_app, "org_log");
        Assert.Equal(1, await scope.ExecuteAsync("INSERT INTO shp_audit_entries (id, organization_id, action, request_hash) VALUES ('ae1', 'org_log', 'login', 'h1')"));

        var update = await Assert.ThrowsAsync<PostgresException>(() => scope.ExecuteAsync("UPDATE shp_audit_entries SET action = 'forged'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => scope.ExecuteAsync("DELETE FROM shp_audit_entries"));

        Assert.Equal(("42501", "42501"), (update.SqlState, delete.SqlState)); // permission denied
        Assert.Equal(["login"], await scope.QueryAsync("SELECT action FROM shp_audit_entries", null, r => r.GetString(0)));
    }

    [Fact]
    public async Task A_tenant_root_row_is_visible_only_to_its_own_organization_and_global_uniqueness_spans_tenants()
    {
        await new TenantScope(_app, "org_r1").ExecuteAsync("INSERT INTO shp_organizations (id, name, slug) VALUES ('org_r1', 'One', 'one')");
        await new TenantScope(_app, "org_r2").ExecuteAsync("INSERT INTO shp_organizations (id, name, slug) VALUES ('org_r2', 'Two', 'two')");

        Assert.Equal(["One"], await new TenantScope(_app, "org_r1").QueryAsync("SELECT name FROM shp_organizations", null, r => r.GetString(0)));
        var forged = await Assert.ThrowsAsync<PostgresException>(() => new TenantScope(_app, "org_r1").ExecuteAsync("INSERT INTO shp_organizations (id, name, slug) VALUES ('org_r3', 'Three', 'three')"));
        Assert.Equal("42501", forged.SqlState);

        var taken = await Assert.ThrowsAsync<PostgresException>(() => new TenantScope(_app, "org_r9").ExecuteAsync("INSERT INTO shp_organizations (id, name, slug) VALUES ('org_r9', 'Nine', 'one')"));
        Assert.Equal(("23505", "shp_organizations_slug_key"), (taken.SqlState, taken.ConstraintName));
    }

    [Fact]
    public async Task An_enum_value_outside_the_manifest_is_refused_by_its_check()
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            new TenantScope(_app, "org_a").ExecuteAsync("INSERT INTO cat_items (id, organization_id, name, slug, status) VALUES ('item_1', 'org_a', 'Chair', 'chair', 'published')"));

        Assert.Equal(("23514", "cat_items_status_check"), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task A_reference_to_another_organizations_row_is_refused_even_when_the_id_exists()
    {
        await new TenantScope(_app, "org_b").ExecuteAsync("INSERT INTO cat_categories (id, organization_id, name, slug) VALUES ('cat_b', 'org_b', 'B', 'b')");

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            new TenantScope(_app, "org_a").ExecuteAsync("INSERT INTO cat_items (id, organization_id, name, slug, category_id) VALUES ('item_x', 'org_a', 'X', 'x', 'cat_b')"));

        Assert.Equal(("23503", "cat_items_category_id_fkey"), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task Unique_fields_are_unique_per_organization_among_live_rows()
    {
        var a = new TenantScope(_app, "org_u");
        await a.ExecuteAsync("INSERT INTO cat_categories (id, organization_id, name, slug) VALUES ('cat_u1', 'org_u', 'Shoes', 'shoes')");
        await new TenantScope(_app, "org_v").ExecuteAsync("INSERT INTO cat_categories (id, organization_id, name, slug) VALUES ('cat_v1', 'org_v', 'Shoes', 'shoes')");

        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => a.ExecuteAsync("INSERT INTO cat_categories (id, organization_id, name, slug) VALUES ('cat_u2', 'org_u', 'Shoes 2', 'shoes')"));
        Assert.Equal(("23505", "cat_categories_organization_id_slug_key"), (duplicate.SqlState, duplicate.ConstraintName));

        await a.ExecuteAsync("UPDATE cat_categories SET deleted_at = now() WHERE id = 'cat_u1'");
        Assert.Equal(1, await a.ExecuteAsync("INSERT INTO cat_categories (id, organization_id, name, slug) VALUES ('cat_u3', 'org_u', 'Shoes again', 'shoes')"));
    }

    [Fact]
    public async Task Money_columns_need_a_currency_code_and_come_in_pairs()
    {
        var scope = new TenantScope(_app, "org_m");
        var badCode = await Assert.ThrowsAsync<PostgresException>(() => scope.ExecuteAsync("INSERT INTO shp_orders (id, organization_id, number, customer_id, total_amount, total_currency) VALUES ('o1', 'org_m', 'ORD-1', 'a1', 100, 'euro')"));
        Assert.Equal("shp_orders_total_currency_check", badCode.ConstraintName);

        Assert.Equal(1, await scope.ExecuteAsync("INSERT INTO shp_orders (id, organization_id, number, customer_id) VALUES ('o2', 'org_m', 'ORD-2', 'a1')"));
        var row = await scope.QueryAsync("SELECT total_amount, total_currency, state FROM shp_orders WHERE id = 'o2'", null, r => (r.GetInt64(0), r.GetString(1), r.GetString(2)));
        Assert.Equal((0L, "EUR", "cart"), row.Single());
    }

    /// <summary>A template database holding the catalog module and the every-feature test module, as generated.</summary>
    public sealed class CatalogDatabase : PostgresDatabase
    {
        protected override string TemplateName => "tpl_generated_ddl";

        protected override async Task PrepareTemplateAsync(string ownerConnectionString)
        {
            var modules = new[]
            {
                Path.Combine(RepositoryRoot.Path, "modules", "Catalog"),
                Path.Combine(RepositoryRoot.Path, "tests", "Platform.Model.Tests", "Manifests", "Everything"),
            }.Select(folder => ManifestCompiler.Compile(ManifestDirectory.Read(folder)).Module!);
            await using var owner = new NpgsqlConnection(ownerConnectionString);
            await owner.OpenAsync();
            foreach (var statement in DdlRenderer.Statements(SchemaEmitter.Emit(modules)))
            {
                await using var command = new NpgsqlCommand(statement, owner);
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
