using Npgsql;
using NpgsqlTypes;

namespace Platform.Postgres.Events;

/// <summary>
/// Exactly-once effects on top of at-least-once delivery: a consumer records each event id it has
/// processed in the same transaction as the effect, and a redelivered event is skipped.
/// </summary>
/// <param name="owner">A data source connecting as <c>platform_owner</c>.</param>
public sealed class EventInbox(NpgsqlDataSource owner)
{
    /// <summary>Runs <paramref name="effect"/> for <paramref name="eventId"/> unless <paramref name="consumer"/> already did; true when it ran.</summary>
    /// <param name="consumer">A stable name of the consuming handler.</param>
    /// <param name="eventId">The event's id.</param>
    /// <param name="effect">The effect, given the transaction that also records the event as processed.</param>
    /// <param name="cancellationToken">Cancels the work (and rolls the effect back).</param>
    public async Task<bool> ProcessOnceAsync(string consumer, string eventId, Func<NpgsqlConnection, NpgsqlTransaction, Task> effect, CancellationToken cancellationToken = default)
    {
        await using var connection = await owner.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var record = new NpgsqlCommand("INSERT INTO evt_inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = consumer, NpgsqlDbType = NpgsqlDbType.Text });
            record.Parameters.Add(new NpgsqlParameter { Value = eventId, NpgsqlDbType = NpgsqlDbType.Text });
            if (await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
        }

        await effect(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
