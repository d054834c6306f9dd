using System.Collections.Concurrent;
using Npgsql;
using Platform.Core.Events;
using Platform.Postgres.Events;
using Platform.Postgres.Tests.Repositories;

namespace Platform.Postgres.Tests.Events;

/// <summary>The outbox relay, the realtime broadcast and the inbox on a real server.</summary>
public sealed class OutboxRelayTests(CatalogDatabase db) : IClassFixture<CatalogDatabase>, IAsyncLifetime
{
    private NpgsqlDataSource _owner = null!;

    public Task InitializeAsync()
    {
        _owner = NpgsqlDataSource.Create(db.OwnerConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _owner.DisposeAsync();

    [Fact]
    public async Task A_claim_reads_one_batch_of_rows_however_long_the_backlog()
    {
        const string Aggregate = "cat_backlog";
        await db.ScalarAsync($"""
            INSERT INTO evt_outbox (id, aggregate_id, version, event, created_at)
            SELECT 'evt_backlog_' || lpad(i::text, 8, '0'), '{Aggregate}_' || (i % 5000), i / 5000 + 1, '{"{}"}', now() - interval '1 hour' + i * interval '1 ms'
            FROM generate_series(0, 19999) i
            """);
        try
        {
            await db.ScalarAsync("ANALYZE evt_outbox");
            await using var connection = await _owner.OpenConnectionAsync();
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + OutboxRelay.ClaimSql, connection);
            explain.Parameters.Add(new NpgsqlParameter { Value = 100, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
            using var plan = System.Text.Json.JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);

            var nodes = Nodes(plan.RootElement[0].GetProperty("Plan")).ToList();
            var claimed = nodes.Single(n => n.TryGetProperty("Alias", out var alias) && alias.GetString() == "o");
            Assert.DoesNotContain(nodes, n => n.GetProperty("Node Type").GetString() == "Sort");
            Assert.Equal("evt_outbox_claim_idx", claimed.GetProperty("Index Name").GetString());
            Assert.InRange(claimed.GetProperty("Actual Rows").GetDouble(), 100, 200); // 20,000 waiting, one batch read
        }
        finally
        {
            await db.ScalarAsync($"DELETE FROM evt_outbox WHERE aggregate_id LIKE '{Aggregate}_%'");
        }

        static IEnumerable<System.Text.Json.JsonElement> Nodes(System.Text.Json.JsonElement node) =>
            node.TryGetProperty("Plans", out var children) ? children.EnumerateArray().SelectMany(Nodes).Prepend(node) : [node];
    }

    [Fact]
    public async Task Two_relays_publish_every_event_exactly_once_and_each_aggregate_in_version_order()
    {
        var org = Org();
        var seen = new ConcurrentQueue<DomainEvent>();
        var bus = Bus(org, e => seen.Enqueue(e));
        var repository = db.Repository("Category", org);
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var category = await repository.CreateAsync(new Dictionary<string, object?> { ["name"] = $"C{i}", ["slug"] = $"c{i}" });
            ids.Add(category.Id);
            for (var v = 1; v <= 4; v++)
            {
                await repository.UpdateAsync(category.Id, new Dictionary<string, object?> { ["sortOrder"] = (long)v }, expectedVersion: v);
            }
        }

        var relays = new[] { new OutboxRelay(_owner, bus, new OutboxRelayOptions { BatchSize = 3 }), new OutboxRelay(_owner, bus, new OutboxRelayOptions { BatchSize = 3 }) };
        await Task.WhenAll(relays.Select(relay => Task.Run(async () =>
        {
            while (await relay.RelayOnceAsync() > 0)
            {
            }
        })));
        while (await relays[0].RelayOnceAsync() > 0)
        {
        }

        Assert.Equal(20, seen.Count);
        Assert.Equal(20, seen.Select(e => e.Id).Distinct().Count());
        foreach (var id in ids)
        {
            Assert.Equal([1, 2, 3, 4, 5], seen.Where(e => e.AggregateId == id).Select(e => e.Version));
        }

        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM evt_outbox WHERE event->>'orgId' = '{org}' AND published_at IS NULL"));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_after_backoff_and_its_failure_recorded()
    {
        var org = Org();
        var calls = 0;
        var bus = Bus(org, _ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("search index down");
            }
        });
        var item = await db.Repository("Category", org).CreateAsync(new Dictionary<string, object?> { ["name"] = "Retry", ["slug"] = "retry" });
        var relay = new OutboxRelay(_owner, bus, new OutboxRelayOptions { Backoff = _ => TimeSpan.Zero });

        await DrainAsync(relay);
        await DrainAsync(relay);

        Assert.Equal(2, calls);
        Assert.Equal("1|true", await db.ScalarAsync($"SELECT attempts || '|' || (last_error LIKE '%search index down%') FROM evt_outbox WHERE aggregate_id = '{item.Id}' AND published_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_relay_that_dies_between_publish_and_mark_leaves_the_event_to_be_published_again_and_the_inbox_keeps_the_effect_single()
    {
        var org = Org();
        await using (var table = _owner.CreateCommand("CREATE TABLE IF NOT EXISTS effects (event_id text)"))
        {
            await table.ExecuteNonQueryAsync();
        }

        var inbox = new EventInbox(_owner);
        var deliveries = 0;
        var bus = Bus(org, e =>
        {
            Interlocked.Increment(ref deliveries);
            inbox.ProcessOnceAsync("counter", e.Id, async (connection, transaction) =>
            {
                await using var effect = new NpgsqlCommand("INSERT INTO effects VALUES ($1)", connection, transaction);
                effect.Parameters.Add(new NpgsqlParameter { Value = e.Id });
                await effect.ExecuteNonQueryAsync();
            }).GetAwaiter().GetResult();
        });
        var item = await db.Repository("Category", org).CreateAsync(new Dictionary<string, object?> { ["name"] = "Crash", ["slug"] = "crash" });

        // The relay's server connection is killed after its handlers ran and before it marked the event,
        // as when the relay's process dies: the claiming transaction is gone with it.
        var dying = new OutboxRelay(_owner, bus)
        {
            AfterPublish = async connection => await db.ScalarAsync($"SELECT pg_terminate_backend({connection.ProcessID})"),
        };
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => dying.RelayOnceAsync());
        Assert.Equal(1L, await db.ScalarAsync($"SELECT count(*) FROM evt_outbox WHERE aggregate_id = '{item.Id}' AND published_at IS NULL"));

        await DrainAsync(new OutboxRelay(_owner, bus));

        Assert.Equal(2, deliveries);
        Assert.Equal(1L, await db.ScalarAsync($"SELECT count(*) FROM effects e JOIN evt_outbox o ON o.id = e.event_id WHERE o.aggregate_id = '{item.Id}'"));
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM evt_outbox WHERE aggregate_id = '{item.Id}' AND published_at IS NULL"));
    }

    [Fact]
    public async Task The_background_relay_is_woken_by_notify_long_before_its_poll()
    {
        var org = Org();
        var received = new TaskCompletionSource<DomainEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var relay = new OutboxRelay(_owner, Bus(org, e => received.TrySetResult(e)), new OutboxRelayOptions { PollInterval = TimeSpan.FromMinutes(5) });
        await relay.StartAsync();
        await Task.Delay(300); // LISTEN in place

        var item = await db.Repository("Category", org).CreateAsync(new Dictionary<string, object?> { ["name"] = "Woken", ["slug"] = "woken" });

        var domainEvent = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((item.Id, "catalog.category.created"), (domainEvent.AggregateId, domainEvent.Type));
    }

    [Fact]
    public async Task Every_process_sees_every_committed_event_through_the_broadcast()
    {
        var org = Org();
        var first = new TaskCompletionSource<DomainEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<DomainEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var otherProcess = NpgsqlDataSource.Create(db.OwnerConnectionString);
        await using var broadcastA = new EventBroadcast(_owner, Bus(org, e => first.TrySetResult(e)));
        await using var broadcastB = new EventBroadcast(otherProcess, Bus(org, e => second.TrySetResult(e)));
        await broadcastA.StartAsync();
        await broadcastB.StartAsync();

        var item = await db.Repository("Category", org).CreateAsync(new Dictionary<string, object?> { ["name"] = "Everywhere", ["slug"] = "everywhere" });

        var (a, b) = (await first.Task.WaitAsync(TimeSpan.FromSeconds(30)), await second.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal((item.Id, item.Id), (a.AggregateId, b.AggregateId));
        Assert.Equal("Everywhere", ValueMapName(a));
    }

    [Fact]
    public async Task Published_rows_older_than_the_retention_are_pruned()
    {
        var org = Org();
        var item = await db.Repository("Category", org).CreateAsync(new Dictionary<string, object?> { ["name"] = "Old", ["slug"] = "old" });
        var relay = new OutboxRelay(_owner, Bus(org, _ => { }), new OutboxRelayOptions { Retention = TimeSpan.FromDays(7) });
        await DrainAsync(relay);
        await using (var age = _owner.CreateCommand($"UPDATE evt_outbox SET published_at = now() - interval '8 days' WHERE aggregate_id = '{item.Id}'"))
        {
            await age.ExecuteNonQueryAsync();
        }

        Assert.True(await relay.PruneAsync() >= 1);
        Assert.Equal(0L, await db.ScalarAsync($"SELECT count(*) FROM evt_outbox WHERE aggregate_id = '{item.Id}'"));
        Assert.Equal(1L, await db.ScalarAsync($"SELECT count(*) FROM evt_store WHERE aggregate_id = '{item.Id}'"));
    }

    private static string ValueMapName(DomainEvent e) => ((IReadOnlyDictionary<string, object?>)e.Payload["fields"]!)["name"] as string ?? "";

    private static async Task DrainAsync(OutboxRelay relay)
    {
        while (await relay.RelayOnceAsync() > 0)
        {
        }
    }

    /// <summary>A bus whose one handler sees only this test's organization (other tests' events pass through silently).</summary>
    private static InMemoryEventBus Bus(string org, Action<DomainEvent> handler)
    {
        var bus = new InMemoryEventBus();
        bus.Subscribe("*", (e, _) =>
        {
            if (e.OrgId == org)
            {
                handler(e);
            }

            return ValueTask.CompletedTask;
        });
        return bus;
    }

    private static string Org() => $"org_{Guid.NewGuid():N}"[..20];
}
