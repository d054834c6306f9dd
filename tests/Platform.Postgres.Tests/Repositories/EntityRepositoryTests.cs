using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Model.Values;

namespace Platform.Postgres.Tests.Repositories;

/// <summary>The repository on the catalog module: validation, versions, events, tenancy and errors, on a real server.</summary>
public sealed class EntityRepositoryTests(CatalogDatabase db) : IClassFixture<CatalogDatabase>
{
    private static Dictionary<string, object?> Item(string slug, string? categoryId = null) => new() { ["name"] = "Chair " + slug, ["slug"] = slug, ["categoryId"] = categoryId };

    [Fact]
    public async Task Create_applies_defaults_generates_a_prefixed_id_and_records_the_event_and_outbox_row()
    {
        var org = Org();
        var item = await db.Repository("Item", org).CreateAsync(Item("chair"));

        Assert.StartsWith("item_", item.Id, StringComparison.Ordinal);
        Assert.Equal((1, org, "draft"), (item.Version, item.OrganizationId, item["status"]));
        Assert.Equal(ValueMap.Empty, item["attributes"]);
        Assert.Equal(db.Clock.GetUtcNow(), item.CreatedAt);
        Assert.Equal("catalog.item.created|1|actor_1|corr_1", await db.ScalarAsync($"SELECT type || '|' || version || '|' || actor_id || '|' || correlation_id FROM evt_store WHERE aggregate_id = '{item.Id}'"));
        Assert.Equal(1L, await db.ScalarAsync($"SELECT count(*) FROM evt_outbox WHERE event->>'aggregateId' = '{item.Id}' AND (event->>'version')::int = 1 AND published_at IS NULL"));
    }

    [Fact]
    public async Task Invalid_input_lists_every_failure_and_writes_nothing()
    {
        var org = Org();
        var error = await Assert.ThrowsAsync<ValidationError>(() => db.Repository("Item", org).CreateAsync(new Dictionary<string, object?>
        {
            ["slug"] = "Not A Slug", ["status"] = "active", ["colour"] = "red",
        }));

        Assert.Equal(["colour", "name", "slug", "status"], error.Failures.Select(f => f.Field).Order(StringComparer.Ordinal));
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM cat_items WHERE organization_id = '{org}'"));
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM evt_store WHERE org_id = '{org}'"));
    }

    [Fact]
    public async Task Update_checks_and_bumps_the_version_and_a_stale_write_changes_nothing()
    {
        var repository = db.Repository("Item", Org());
        var item = await repository.CreateAsync(Item("desk"));

        var updated = await repository.UpdateAsync(item.Id, new Dictionary<string, object?> { ["name"] = "Desk", ["description"] = "Oak" }, expectedVersion: 1);
        var stale = await Assert.ThrowsAsync<ConflictError>(() => repository.UpdateAsync(item.Id, new Dictionary<string, object?> { ["name"] = "Lost" }, expectedVersion: 1));

        Assert.Equal((2, "Desk", "Oak"), (updated.Version, updated["name"], updated["description"]));
        Assert.Equal(ErrorCodes.Conflict, stale.Code);
        Assert.Contains("is at version 2, not 1", stale.Message, StringComparison.Ordinal);
        Assert.Equal("Desk", (await repository.FindByIdAsync(item.Id))!["name"]);
        Assert.Equal("[\"name\", \"description\"]", await db.ScalarAsync($"SELECT payload->>'changedFields' FROM evt_store WHERE aggregate_id = '{item.Id}' AND version = 2"));
        Assert.Equal(2L, await db.ScalarAsync($"SELECT count(*) FROM evt_store WHERE aggregate_id = '{item.Id}'"));
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_version_lose_no_update_exactly_one_wins()
    {
        var org = Org();
        var item = await db.Repository("Item", org).CreateAsync(Item("stool"));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await db.Repository("Item", org).UpdateAsync(item.Id, new Dictionary<string, object?> { ["name"] = $"Writer {i}" }, expectedVersion: 1);
                return "ok";
            }
            catch (ConflictError)
            {
                return "conflict";
            }
        })));

        Assert.Equal(1, results.Count(r => r == "ok"));
        Assert.Equal(9, results.Count(r => r == "conflict"));
        Assert.Equal(2, (await db.Repository("Item", org).FindByIdAsync(item.Id))!.Version);
    }

    [Fact]
    public async Task Unique_and_reference_violations_name_the_field()
    {
        var org = Org();
        await db.Repository("Item", org).CreateAsync(Item("lamp"));

        var duplicate = await Assert.ThrowsAsync<ConflictError>(() => db.Repository("Item", org).CreateAsync(Item("lamp")));
        var broken = await Assert.ThrowsAsync<ValidationError>(() => db.Repository("Item", org).CreateAsync(Item("lamp-2", "cat_01ARZ3NDEKTSV4RRFFQ69G5FAV")));

        Assert.Equal("Another Item already has this slug; slug must be unique.", duplicate.Message);
        Assert.Equal(("categoryId", "refExists"), (broken.Failures.Single().Field, broken.Failures.Single().Rule));
        Assert.Equal(1L, await db.ScalarAsync($"SELECT count(*) FROM evt_store WHERE org_id = '{org}'"));
    }

    [Fact]
    public async Task Another_organization_sees_nothing_changes_nothing_and_cannot_point_at_its_rows()
    {
        var (a, b) = (Org(), Org());
        var category = await db.Repository("Category", a).CreateAsync(new Dictionary<string, object?> { ["name"] = "Chairs", ["slug"] = "chairs" });
        var item = await db.Repository("Item", a).CreateAsync(Item("armchair", category.Id));
        var intruder = db.Repository("Item", b);

        Assert.Null(await intruder.FindByIdAsync(item.Id));
        Assert.Equal(0L, await intruder.CountAsync(Filter.All));
        await Assert.ThrowsAsync<NotFoundError>(() => intruder.UpdateAsync(item.Id, new Dictionary<string, object?> { ["name"] = "Mine" }));
        await Assert.ThrowsAsync<NotFoundError>(() => intruder.DeleteAsync(item.Id));
        var crossRef = await Assert.ThrowsAsync<ValidationError>(() => intruder.CreateAsync(Item("sneaky", category.Id)));
        Assert.Equal("categoryId", crossRef.Failures.Single().Field);
        Assert.Equal("Chair armchair", (await db.Repository("Item", a).FindByIdAsync(item.Id))!["name"]);
    }

    [Fact]
    public async Task Soft_delete_hides_restore_brings_back_and_both_are_events()
    {
        var repository = db.Repository("Item", Org());
        var item = await repository.CreateAsync(Item("sofa"));

        var deleted = await repository.DeleteAsync(item.Id, expectedVersion: 1);
        Assert.NotNull(deleted.DeletedAt);
        Assert.Null(await repository.FindByIdAsync(item.Id));
        Assert.Single((await repository.FindManyAsync(Filter.Where("slug", FilterOperator.Eq, "sofa"), new QueryOptions { WithDeleted = true })).Items);
        await Assert.ThrowsAsync<NotFoundError>(() => repository.DeleteAsync(item.Id));

        var restored = await repository.RestoreAsync(item.Id);
        Assert.Equal((3, (DateTimeOffset?)null), (restored.Version, restored.DeletedAt));
        Assert.Equal("catalog.item.created,catalog.item.deleted,catalog.item.restored", await db.ScalarAsync($"SELECT string_agg(type, ',' ORDER BY version) FROM evt_store WHERE aggregate_id = '{item.Id}'"));
    }

    [Fact]
    public async Task The_state_machine_field_cannot_be_written_directly()
    {
        var error = await Assert.ThrowsAsync<ValidationError>(() => db.Repository("Item", Org()).CreateAsync(new Dictionary<string, object?>(Item("bench")) { ["status"] = "active" }));

        Assert.Equal(("status", "readOnly"), (error.Failures.Single().Field, error.Failures.Single().Rule));
    }

    [Fact]
    public async Task FindMany_filters_sorts_pages_and_counts()
    {
        var repository = db.Repository("Category", Org());
        foreach (var (slug, order) in new[] { ("a", 3L), ("b", 1L), ("c", 2L), ("d", 5L), ("e", 4L) })
        {
            await repository.CreateAsync(new Dictionary<string, object?> { ["name"] = slug.ToUpperInvariant(), ["slug"] = slug, ["sortOrder"] = order });
        }

        var filter = Filter.Where("sortOrder", FilterOperator.Gte, 2L);
        var options = new QueryOptions { Limit = 2, Sort = [new SortSpec("sortOrder", SortDirection.Desc)] };
        var first = await repository.FindManyAsync(filter, options);
        var second = await repository.FindManyAsync(filter, options with { After = first.EndCursor });
        var back = await repository.FindManyAsync(filter, options with { Before = second.StartCursor });

        Assert.Equal((4L, true, false), (first.Total, first.HasNext, first.HasPrevious));
        Assert.Equal(["d", "e"], first.Items.Select(i => i["slug"]));
        Assert.Equal(["a", "c"], second.Items.Select(i => i["slug"]));
        Assert.False(second.HasNext);
        Assert.Equal(["d", "e"], back.Items.Select(i => i["slug"]));
        Assert.Equal(4L, await repository.CountAsync(filter));
        Assert.True(await repository.ExistsAsync(Filter.Where("slug", FilterOperator.Eq, "e")));
        await Assert.ThrowsAsync<ValidationError>(() => repository.FindManyAsync(Filter.All, new QueryOptions { After = "forged" }));
    }

    [Fact]
    public async Task Repositories_joining_one_transaction_commit_together_or_not_at_all()
    {
        var org = Org();
        var categories = db.Repository("Category", org);
        var items = db.Repository("Item", org);

        var committed = await categories.TransactionAsync(async tx =>
        {
            var category = await categories.In(tx).CreateAsync(new Dictionary<string, object?> { ["name"] = "Tables", ["slug"] = "tables" });
            return await items.In(tx).CreateAsync(Item("table", category.Id));
        });
        await Assert.ThrowsAsync<ConflictError>(() => categories.TransactionAsync<EntityRecord>(async tx =>
        {
            await categories.In(tx).CreateAsync(new Dictionary<string, object?> { ["name"] = "Beds", ["slug"] = "beds" });
            return await items.In(tx).CreateAsync(Item("table"));
        }));

        Assert.NotNull(await items.FindByIdAsync(committed.Id));
        Assert.Null(await categories.FindOneAsync(Filter.Where("slug", FilterOperator.Eq, "beds")));
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM evt_store WHERE org_id = '{org}' AND payload->'fields'->>'slug' = 'beds'"));
        Assert.Throws<ArgumentException>(() => db.Repository("Item", Org()).In(new FakeTransaction()));
    }

    [Fact]
    public async Task SaveBatch_is_all_or_nothing()
    {
        var org = Org();
        var repository = db.Repository("Category", org);
        EntityRecord New(string slug) => new("Category", "", org, 0, default, default) { Fields = new Dictionary<string, object?> { ["name"] = slug, ["slug"] = slug } };

        await Assert.ThrowsAsync<ValidationError>(() => repository.SaveBatchAsync([New("one"), New("two"), New("Not Valid")]));
        var saved = await repository.SaveBatchAsync([New("one"), New("two")]);

        Assert.Equal(2, saved.Count);
        Assert.Equal(2L, await repository.CountAsync(Filter.All));
    }

    [Fact]
    public async Task A_regex_filter_runs_under_a_statement_timeout_and_still_answers()
    {
        var repository = db.Repository("Category", Org());
        await repository.CreateAsync(new Dictionary<string, object?> { ["name"] = "Garden 42", ["slug"] = "garden-42" });

        var page = await repository.FindManyAsync(Filter.Where("name", FilterOperator.Matches, "^Garden \\d+$"));

        Assert.Single(page.Items);
        Assert.Equal(1L, page.Total);
    }

    private sealed class FakeTransaction : ITransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task RollbackAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static string Org() => $"org_{Guid.NewGuid():N}"[..20];
}
