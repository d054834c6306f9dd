using Platform.Postgres.Connections;
using Platform.Postgres.Migrations;
using static Platform.Postgres.Tests.Migrations.MigrationHarness;

namespace Platform.Postgres.Tests.Migrations;

public sealed class SchemaMigratorTests
{
    private const string ItemV1 = "name: Item\nfields:\n  name: { type: string, required: true }\n  status: { type: enum, values: [draft, active], required: true, default: draft }\n  quantity: integer\n";

    [Fact]
    public async Task A_new_module_is_created_and_rerunning_unchanged_is_a_no_op()
    {
        await using var db = await CreateAsync();

        var first = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));
        var second = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));

        Assert.Contains(first.Steps, s => s.Description == "create table shop_items");
        Assert.All(first.Steps, s => Assert.False(s.Destructive));
        Assert.True(second.IsEmpty, second.ToString());
        Assert.Equal(1L, await db.ScalarAsync("SELECT count(*) FROM platform_migrations"));
        Assert.Equal(first.Checksum, await db.ScalarAsync("SELECT checksum FROM platform_migrations"));
        Assert.Equal("shop", await db.ScalarAsync("SELECT module FROM platform_schema_tables WHERE table_name = 'shop_items'"));
    }

    [Fact]
    public async Task New_columns_are_added_with_their_defaults_filling_existing_rows()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));
        await new TenantScope(db.App, "org_a").ExecuteAsync("INSERT INTO shop_items (id, organization_id, name) VALUES ('i1', 'org_a', 'Chair')");

        var plan = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1 + "  note: string\n  rank: { type: integer, required: true, default: 5 }\n")));

        Assert.Equal(["add column shop_items.note", "add column shop_items.rank"], plan.Steps.Select(s => s.Description));
        Assert.Equal(5, await db.ScalarAsync("SELECT rank FROM shop_items WHERE id = 'i1'"));
        Assert.Equal("Chair", await db.ScalarAsync("SELECT name FROM shop_items WHERE id = 'i1'"));
    }

    [Fact]
    public async Task A_required_column_without_default_is_refused_on_a_table_with_rows_and_nothing_changes()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));
        await new TenantScope(db.App, "org_a").ExecuteAsync("INSERT INTO shop_items (id, organization_id, name) VALUES ('i1', 'org_a', 'Chair')");

        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() =>
            db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1 + "  sku: { type: string, required: true }\n  note: string\n"))));

        Assert.Contains("Column shop_items.sku is required and has no default, but the table has rows", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync("SELECT count(*) FROM information_schema.columns WHERE table_name = 'shop_items' AND column_name IN ('sku', 'note')"));
    }

    [Fact]
    public async Task A_required_column_without_default_is_added_to_an_empty_table()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));

        var plan = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1 + "  sku: { type: string, required: true }\n")));

        Assert.Equal(["add column shop_items.sku"], plan.Steps.Select(s => s.Description));
        Assert.Equal("NO", await db.ScalarAsync("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'shop_items' AND column_name = 'sku'"));
    }

    [Fact]
    public async Task A_dropped_column_is_destructive_refused_unless_allowed()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));
        var withoutQuantity = Desired(("item.entity.yaml", ItemV1.Replace("  quantity: integer\n", "", StringComparison.Ordinal)));

        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() => db.Migrator.ApplyAsync(withoutQuantity));
        Assert.Contains("drop column shop_items.quantity", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await db.ScalarAsync("SELECT count(*) FROM information_schema.columns WHERE table_name = 'shop_items' AND column_name = 'quantity'"));

        var applied = await db.Migrator.ApplyAsync(withoutQuantity, new MigrationOptions { AllowDestructive = true });
        Assert.Single(applied.DestructiveSteps);
        Assert.Equal(0L, await db.ScalarAsync("SELECT count(*) FROM information_schema.columns WHERE table_name = 'shop_items' AND column_name = 'quantity'"));
        Assert.Equal(true, await db.ScalarAsync("SELECT destructive FROM platform_migrations ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task RenamedFrom_renames_the_column_and_keeps_its_data()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));
        await new TenantScope(db.App, "org_a").ExecuteAsync("INSERT INTO shop_items (id, organization_id, name, quantity) VALUES ('i1', 'org_a', 'Chair', 7)");

        var plan = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1.Replace("  quantity: integer\n", "  stock: { type: integer, renamedFrom: quantity }\n", StringComparison.Ordinal))));

        Assert.Equal(["rename column shop_items.quantity to stock"], plan.Steps.Select(s => s.Description));
        Assert.Equal(7, await db.ScalarAsync("SELECT stock FROM shop_items"));
    }

    [Fact]
    public async Task RenamedFrom_on_an_entity_renames_its_table()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));
        await new TenantScope(db.App, "org_a").ExecuteAsync("INSERT INTO shop_items (id, organization_id, name) VALUES ('i1', 'org_a', 'Chair')");

        var plan = await db.Migrator.ApplyAsync(Desired(("product.entity.yaml", ItemV1.Replace("name: Item\n", "name: Product\nrenamedFrom: Item\n", StringComparison.Ordinal))));

        Assert.Contains(plan.Steps, s => s.Description == "rename table shop_items to shop_products");
        Assert.All(plan.Steps, s => Assert.False(s.Destructive));
        Assert.Equal("Chair", await db.ScalarAsync("SELECT name FROM shop_products"));
        Assert.True((await db.Migrator.PlanAsync(Desired(("product.entity.yaml", ItemV1.Replace("name: Item\n", "name: Product\nrenamedFrom: Item\n", StringComparison.Ordinal))))).IsEmpty);
    }

    [Fact]
    public async Task A_new_enum_value_is_additive_and_removing_one_is_destructive()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));

        var widened = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1.Replace("[draft, active]", "[draft, active, archived]", StringComparison.Ordinal))));
        Assert.Equal(["replace check shop_items_status_check", "add check shop_items_status_check"], widened.Steps.Select(s => s.Description));
        Assert.All(widened.Steps, s => Assert.False(s.Destructive));
        await new TenantScope(db.App, "org_a").ExecuteAsync("INSERT INTO shop_items (id, organization_id, name, status) VALUES ('i1', 'org_a', 'Old', 'archived')");

        var narrowed = await Assert.ThrowsAsync<MigrationRefusedException>(() => db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1))));
        Assert.Contains("replace check shop_items_status_check (removes archived)", narrowed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Type_widening_is_additive_and_narrowing_is_destructive()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));

        var widened = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1.Replace("quantity: integer", "quantity: decimal", StringComparison.Ordinal))));
        Assert.Equal(["change type of shop_items.quantity from integer to numeric (widening)"], widened.Steps.Select(s => s.Description));

        var plan = await db.Migrator.PlanAsync(Desired(("item.entity.yaml", ItemV1)));
        Assert.True(Assert.Single(plan.Steps).Destructive);
    }

    [Fact]
    public async Task New_and_changed_indexes_partial_and_gin_are_built_and_a_dropped_index_is_restored()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1)));
        var v2 = ItemV1 + "  tags: { type: json, indexed: true }\nindexes:\n  - { fields: [name], unique: true, where: \"status = 'active'\" }\n";

        var plan = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", v2)));
        Assert.Contains(plan.Steps, s => s.Sql.StartsWith("CREATE INDEX CONCURRENTLY shop_items_tags_idx ON shop_items USING gin (tags)", StringComparison.Ordinal) && !s.Transactional);
        Assert.Contains(plan.Steps, s => s.Sql.Contains("CREATE UNIQUE INDEX CONCURRENTLY shop_items_organization_id_name_key", StringComparison.Ordinal));
        Assert.Equal(2L, await db.ScalarAsync("SELECT count(*) FROM pg_indexes WHERE tablename = 'shop_items' AND indexname IN ('shop_items_tags_idx', 'shop_items_organization_id_name_key')"));

        var changed = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", v2.Replace("status = 'active'", "status <> 'draft'", StringComparison.Ordinal))));
        Assert.Equal(["drop changed index shop_items_organization_id_name_key", "recreate index shop_items_organization_id_name_key"], changed.Steps.Select(s => s.Description));

        await db.ExecuteAsync("DROP INDEX shop_items_tags_idx");
        var restored = await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", v2.Replace("status = 'active'", "status <> 'draft'", StringComparison.Ordinal))));
        Assert.Equal(["create index shop_items_tags_idx"], restored.Steps.Select(s => s.Description));
    }

    [Fact]
    public async Task An_entity_its_module_no_longer_declares_is_dropped_only_when_allowed_and_other_modules_tables_are_left_alone()
    {
        await using var db = await CreateAsync();
        await db.Migrator.ApplyAsync(Desired(("item.entity.yaml", ItemV1), ("tag.entity.yaml", "name: Tag\nfields:\n  label: string\n")));
        await db.Migrator.ApplyAsync(Desired(("module.yaml", "id: blog\nversion: 1.0.0\n"), ("post.entity.yaml", "name: Post\nfields:\n  title: string\n")));

        var shopWithoutTag = Desired(("item.entity.yaml", ItemV1));
        var plan = await db.Migrator.PlanAsync(shopWithoutTag);
        Assert.Equal(["drop table shop_tags (no longer declared by its module)"], plan.DestructiveSteps.Select(s => s.Description));
        Assert.DoesNotContain(plan.Steps, s => s.Sql.Contains("blog_posts", StringComparison.Ordinal));

        await Assert.ThrowsAsync<MigrationRefusedException>(() => db.Migrator.ApplyAsync(shopWithoutTag));
        await db.Migrator.ApplyAsync(shopWithoutTag, new MigrationOptions { AllowDestructive = true });

        Assert.Equal(0L, await db.ScalarAsync("SELECT count(*) FROM pg_tables WHERE tablename = 'shop_tags'"));
        Assert.Equal(1L, await db.ScalarAsync("SELECT count(*) FROM pg_tables WHERE tablename = 'blog_posts'"));
        Assert.Equal(0L, await db.ScalarAsync("SELECT count(*) FROM platform_schema_tables WHERE table_name = 'shop_tags'"));
    }

    [Fact]
    public async Task Planning_changes_nothing()
    {
        await using var db = await CreateAsync();

        var plan = await db.Migrator.PlanAsync(Desired(("item.entity.yaml", ItemV1)));

        Assert.StartsWith("create table shop_items: CREATE TABLE shop_items (", plan.ToString(), StringComparison.Ordinal);
        Assert.Equal(0L, await db.ScalarAsync("SELECT count(*) FROM pg_tables WHERE tablename = 'shop_items'"));
        Assert.Equal(0L, await db.ScalarAsync("SELECT count(*) FROM pg_namespace WHERE nspname = 'platform_migration_shadow'"));
    }

    [Fact]
    public async Task Hosts_starting_together_migrate_once()
    {
        await using var db = await CreateAsync();
        var desired = Desired(("item.entity.yaml", ItemV1), ("tag.entity.yaml", "name: Tag\nfields:\n  label: string\n"));

        var plans = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => db.Migrator.ApplyAsync(desired))));

        Assert.Single(plans, p => !p.IsEmpty);
        Assert.Equal(1L, await db.ScalarAsync("SELECT count(*) FROM platform_migrations"));
    }

    [Fact]
    public async Task The_catalog_module_migrates_and_plans_nothing_afterwards()
    {
        await using var db = await CreateAsync();
        var catalog = Platform.Model.Schema.SchemaEmitter.Emit(Platform.Model.Checks.ManifestCompiler.Compile(
            Platform.Model.Reading.ManifestDirectory.Read(Path.Combine(TestKit.RepositoryRoot.Path, "modules", "Catalog"))).Module!);

        await db.Migrator.ApplyAsync(catalog);
        var again = await db.Migrator.PlanAsync(catalog);

        Assert.True(again.IsEmpty, again.ToString());
    }
}
