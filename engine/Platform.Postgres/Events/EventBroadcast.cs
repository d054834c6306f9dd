using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Events;
using Platform.Postgres.Repositories;

namespace Platform.Postgres.Events;

/// <summary>
/// The realtime broadcast (ARCHITECTURE.md § Storage): every process LISTENs for committed event ids,
/// reads those events and hands them to its own bus, so a subscriber on any process sees every event
/// — unlike the relay, which publishes each event once per cluster.
/// </summary>
/// <param name="owner">A data source connecting as <c>platform_owner</c>.</param>
/// <param name="localBus">This process's bus for realtime subscribers.</param>
/// <param name="logger">Where read failures are logged.</param>
public sealed partial class EventBroadcast(NpgsqlDataSource owner, IEventBus localBus, ILogger? logger = null) : IAsyncDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly List<string> _pending = [];
    private readonly SemaphoreSlim _signal = new(0);
    private CancellationTokenSource? _stop;
    private Task? _listen;
    private Task? _deliver;

    /// <summary>Starts listening; returns once LISTEN is in place, so no event committed afterwards is missed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var connection = await owner.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        connection.Notification += (_, e) =>
        {
            lock (_pending)
            {
                _pending.AddRange(e.Payload.Split(',')); // a write notifies once with the ids of all its events
            }

            _signal.Release();
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {EntityRepository.OutboxChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        _listen = Task.Run(async () =>
        {
            await using (connection)
            {
                while (!_stop.IsCancellationRequested)
                {
                    await connection.WaitAsync(_stop.Token).ConfigureAwait(false);
                }
            }
        }, CancellationToken.None);
        _deliver = Task.Run(() => DeliverAsync(_stop.Token), CancellationToken.None);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_stop is not null)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            foreach (var task in new[] { _listen, _deliver }.OfType<Task>())
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }

            _stop.Dispose();
        }

        _signal.Dispose();
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            string[] ids;
            lock (_pending)
            {
                ids = [.. _pending];
                _pending.Clear();
            }

            if (ids.Length == 0)
            {
                continue;
            }

            try
            {
                await using var command = owner.CreateCommand("SELECT event FROM evt_outbox WHERE id = ANY($1) ORDER BY created_at, aggregate_id, version, id");
                command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                var events = new List<DomainEvent>();
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        events.Add(EventJson.Read(reader.GetString(0)));
                    }
                }

                await localBus.PublishBatchAsync(events, cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException e)
            {
                LogReadFailed(_logger, ids.Length, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Realtime broadcast: {Count} committed events could not be read")]
    private static partial void LogReadFailed(ILogger logger, int count, Exception exception);
}
