using Npgsql;
using Platform.Core.Events;
using Platform.Postgres.Events;
using Platform.Postgres.Tests.Repositories;

namespace Platform.Postgres.Tests.Events;

public sealed class EventStoreTests(CatalogDatabase db) : IClassFixture<CatalogDatabase>
{
    [Fact]
    public async Task An_aggregates_stream_reads_in_version_order_after_a_version_and_by_type_and_replay()
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        var repository = db.Repository("Category", org);
        var category = await repository.CreateAsync(new Dictionary<string, object?> { ["name"] = "A", ["slug"] = "a" });
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        await repository.UpdateAsync(category.Id, new Dictionary<string, object?> { ["name"] = "B" }, 1);
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        await repository.DeleteAsync(category.Id, 2);
        var store = new PostgresEventStore(db.App, org);

        Assert.Equal([1, 2, 3], await Versions(store.ReadAsync(category.Id)));
        Assert.Equal([3], await Versions(store.ReadAsync(category.Id, new EventReadOptions { AfterVersion = 2 })));
        Assert.Equal(3, await store.GetVersionAsync(category.Id));
        Assert.Equal(["catalog.category.updated"], await Types(store.ReadByTypeAsync("catalog.category.updated")));
        Assert.Equal(["catalog.category.updated", "catalog.category.deleted"],
            await Types(store.ReplayAsync(new EventFilter { Types = ["catalog.*"] }, category.CreatedAt.AddSeconds(30))));
        Assert.Empty(await Types(new PostgresEventStore(db.App, "org_other").ReadAsync(category.Id)));
    }

    [Fact]
    public async Task Appended_events_go_to_the_outbox_too_and_a_taken_version_is_refused()
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        var store = new PostgresEventStore(db.App, org);
        DomainEvent Event(string id, int version) =>
            new(id, "catalog.item.published", "item_x_" + org, "Item", org, version, "catalog", DateTimeOffset.UtcNow, "corr") { Payload = new Dictionary<string, object?> { ["channel"] = "web" } };

        await store.AppendBatchAsync([Event($"evt_a_{org}", 1), Event($"evt_b_{org}", 2)]);
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => store.AppendAsync(Event($"evt_c_{org}", 2)));

        Assert.Equal("23505", duplicate.SqlState);
        Assert.Equal(2L, await db.ScalarAsync($"SELECT count(*) FROM evt_outbox WHERE aggregate_id = 'item_x_{org}'"));
        Assert.Equal("web", (await Single(store.ReadAsync("item_x_" + org, new EventReadOptions { AfterVersion = 1 }))).Payload["channel"]);
    }

    private static async Task<List<int>> Versions(IAsyncEnumerable<DomainEvent> events) => [.. (await events.ToListAsync()).Select(e => e.Version)];

    private static async Task<List<string>> Types(IAsyncEnumerable<DomainEvent> events) => [.. (await events.ToListAsync()).Select(e => e.Type)];

    private static async Task<DomainEvent> Single(IAsyncEnumerable<DomainEvent> events) => (await events.ToListAsync()).Single();
}
