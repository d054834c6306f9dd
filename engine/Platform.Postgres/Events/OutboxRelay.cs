using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Events;
using Platform.Postgres.Repositories;

namespace Platform.Postgres.Events;

/// <summary>
/// Publishes outbox rows to the event handlers, once per cluster (ARCHITECTURE.md § Storage): woken by
/// NOTIFY, polling as a fallback, claiming rows with <c>FOR UPDATE SKIP LOCKED</c> so several relays
/// can run, an aggregate's events in version order. An event is marked published in the same
/// transaction that claimed it, after its handlers ran: a relay that dies in between leaves it to be
/// published again (at-least-once; the inbox makes effects exactly-once). Failed handlers are retried
/// with backoff and the failure recorded.
/// </summary>
/// <param name="owner">A data source connecting as <c>platform_owner</c> (the outbox is not readable by requests).</param>
/// <param name="bus">The handlers.</param>
/// <param name="options">Batch size, polling, retention, backoff.</param>
/// <param name="logger">Where failures are logged.</param>
public sealed partial class OutboxRelay(NpgsqlDataSource owner, IEventBus bus, OutboxRelayOptions? options = null, ILogger? logger = null) : IAsyncDisposable
{
    private readonly OutboxRelayOptions _options = options ?? new OutboxRelayOptions();
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly SemaphoreSlim _wake = new(0);
    private CancellationTokenSource? _stop;
    private Task? _loop;
    private DateTimeOffset _lastPrune;

    /// <summary>Runs between publishing a batch and marking it, given the claiming connection (tests kill it there).</summary>
    internal Func<NpgsqlConnection, Task>? AfterPublish { get; set; }

    /// <summary>Starts relaying in the background.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops relaying; an event being published finishes or is left for another relay.</summary>
    public async Task StopAsync()
    {
        if (_stop is null || _loop is null)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop?.Dispose();
        _wake.Dispose();
    }

    /// <summary>
    /// The oldest due events that are their aggregate's lowest unpublished version, locked for this relay
    /// (others skip them); read in the order of <c>evt_outbox_claim_idx</c>, so a claim reads about one batch
    /// of rows however long the backlog.
    /// </summary>
    internal const string ClaimSql = """
        SELECT o.id, o.attempts, o.event FROM evt_outbox o
        WHERE o.published_at IS NULL AND o.next_attempt_at <= now()
          AND NOT EXISTS (SELECT 1 FROM evt_outbox e WHERE e.aggregate_id = o.aggregate_id AND e.published_at IS NULL AND e.version < o.version)
        ORDER BY o.created_at, o.aggregate_id, o.version, o.id
        LIMIT $1
        FOR UPDATE SKIP LOCKED
        """;

    /// <summary>Claims, publishes and marks one batch; returns how many events it published.</summary>
    public async Task<int> RelayOnceAsync(CancellationToken cancellationToken = default) => (await RelayBatchAsync(cancellationToken).ConfigureAwait(false)).Published;

    /// <summary>One round: the events claimed and the events published.</summary>
    private async Task<(int Claimed, int Published)> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await owner.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<(string Id, int Attempts, DomainEvent Event)>();
        await using (var claim = new NpgsqlCommand(ClaimSql, connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter { Value = _options.BatchSize, NpgsqlDbType = NpgsqlDbType.Integer });
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add((reader.GetString(0), reader.GetInt32(1), EventJson.Read(reader.GetString(2))));
            }
        }

        var published = new List<string>();
        var failed = new List<(string Id, int Attempts, string Error)>();
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, attempts, domainEvent) in claimed)
        {
            // A failed event holds back its aggregate's later events, so order survives retries.
            if (blocked.Contains(domainEvent.AggregateId))
            {
                continue;
            }

            var report = await bus.PublishAsync(domainEvent, cancellationToken).ConfigureAwait(false);
            if (report.Succeeded)
            {
                published.Add(id);
            }
            else
            {
                blocked.Add(domainEvent.AggregateId);
                var error = string.Join("; ", report.Failures.Select(f => $"{f.Subscription}: {f.Exception.Message}"));
                failed.Add((id, attempts + 1, error));
                LogFailed(_logger, domainEvent.Type, domainEvent.Id, attempts + 1, error);
            }
        }

        if (AfterPublish is { } hook)
        {
            await hook(connection).ConfigureAwait(false);
        }

        if (published.Count > 0)
        {
            await using var mark = new NpgsqlCommand("UPDATE evt_outbox SET published_at = now() WHERE id = ANY($1)", connection, transaction);
            mark.Parameters.Add(new NpgsqlParameter { Value = published.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, attempts, error) in failed)
        {
            await using var retry = new NpgsqlCommand("UPDATE evt_outbox SET attempts = $2, last_error = $3, next_attempt_at = now() + $4 WHERE id = $1", connection, transaction);
            retry.Parameters.Add(new NpgsqlParameter { Value = id, NpgsqlDbType = NpgsqlDbType.Text });
            retry.Parameters.Add(new NpgsqlParameter { Value = attempts, NpgsqlDbType = NpgsqlDbType.Integer });
            retry.Parameters.Add(new NpgsqlParameter { Value = error, NpgsqlDbType = NpgsqlDbType.Text });
            retry.Parameters.Add(new NpgsqlParameter { Value = _options.Backoff(attempts), NpgsqlDbType = NpgsqlDbType.Interval });
            await retry.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (claimed.Count, published.Count);
    }

    /// <summary>Deletes published rows older than the retention period; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var command = owner.CreateCommand("DELETE FROM evt_outbox WHERE published_at < now() - $1");
        command.Parameters.Add(new NpgsqlParameter { Value = _options.Retention, NpgsqlDbType = NpgsqlDbType.Interval });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var listener = await owner.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        listener.Notification += (_, _) => _wake.Release();
        await using (var listen = new NpgsqlCommand($"LISTEN {EntityRepository.OutboxChannel}", listener))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var waiting = listener.WaitAsync(cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    // A short batch drained what was there: later writes notify again, so no closing empty claim.
                    while ((await RelayBatchAsync(cancellationToken).ConfigureAwait(false)).Claimed == _options.BatchSize)
                    {
                    }

                    if (DateTimeOffset.UtcNow - _lastPrune > TimeSpan.FromMinutes(10))
                    {
                        _lastPrune = DateTimeOffset.UtcNow;
                        await PruneAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
                {
                    LogRoundFailed(_logger, e);
                }

                if (waiting.IsCompleted)
                {
                    await waiting.ConfigureAwait(false);
                    waiting = listener.WaitAsync(cancellationToken);
                }

                if (await _wake.WaitAsync(_options.PollInterval, cancellationToken).ConfigureAwait(false) && _options.GatherDelay > TimeSpan.Zero)
                {
                    await Task.Delay(_options.GatherDelay, cancellationToken).ConfigureAwait(false);
                }

                while (_wake.CurrentCount > 0)
                {
                    await _wake.WaitAsync(0, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // The listening connection may only be returned once its pending wait has ended.
            try
            {
                await waiting.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or NpgsqlException)
            {
                // Stopping, or the connection broke: either way the relay is done with it.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: handlers of {Type} {EventId} failed (attempt {Attempt}): {Error}")]
    private static partial void LogFailed(ILogger logger, string type, string eventId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: a relay round failed; retrying")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
