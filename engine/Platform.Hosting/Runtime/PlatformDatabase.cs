using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Postgres.Embedded;

namespace Platform.Hosting.Runtime;

/// <summary>
/// The database a host runs on: the server of <c>DATABASE_URL</c>/<c>DATABASE_APP_URL</c>, or the
/// embedded PostgreSQL under <c>.data/postgres</c>. Two data sources: the schema owner's (migrations,
/// outbox relay, realtime broadcast) and the app role's (requests, under row-level security).
/// </summary>
public sealed class PlatformDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgres? _embedded;

    private PlatformDatabase(NpgsqlDataSource owner, NpgsqlDataSource app, EmbeddedPostgres? embedded)
    {
        Owner = owner;
        App = app;
        _embedded = embedded;
    }

    /// <summary>Connects as <c>platform_owner</c>.</summary>
    public NpgsqlDataSource Owner { get; }

    /// <summary>Connects as <c>platform_app</c>.</summary>
    public NpgsqlDataSource App { get; }

    /// <summary>Whether this is the embedded server.</summary>
    public bool IsEmbedded => _embedded is not null;

    /// <summary>Opens the configured database, starting the embedded server when no URL is set.</summary>
    /// <exception cref="EmbeddedPostgresException">The embedded server cannot start; the message says what to do.</exception>
    public static async Task<PlatformDatabase> OpenAsync(PlatformSettings settings, PlatformPaths paths, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default)
    {
        if (settings.DatabaseConnectionString is { } owner && settings.DatabaseAppConnectionString is { } app)
        {
            return new PlatformDatabase(Build(owner, "owner", loggerFactory), Build(Tuned(app), "app", loggerFactory), null);
        }

        var embedded = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(Path.Combine(paths.DataDirectory, "postgres")), loggerFactory.CreateLogger<EmbeddedPostgres>(), cancellationToken).ConfigureAwait(false);
        return new PlatformDatabase(
            Build(embedded.ConnectionString(EmbeddedPostgres.OwnerRole), "owner", loggerFactory),
            Build(Tuned(embedded.ConnectionString(EmbeddedPostgres.AppRole)), "app", loggerFactory),
            embedded);
    }

    /// <summary>
    /// The connection string with the platform's defaults where it says nothing: statements the API sends
    /// over and over (one text per query shape) are prepared once per connection instead of planned every
    /// time, and pooled connections are not reset on return — every request's setting is transaction-local
    /// (<c>set_config(…, true)</c>), so there is no session state to discard. Only the API's (app role)
    /// data source is tuned: the owner's statements (migrations, the outbox relay, the broadcast) are few,
    /// and a generic plan made while a table was nearly empty turned the relay's claim quadratic.
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        bool Given(string keyword) => connectionString.Contains(keyword, StringComparison.OrdinalIgnoreCase);
        if (!Given("Max Auto Prepare") && !Given("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 256;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!Given("No Reset On Close") && !Given("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Whether the app role can run a statement now (the health check).</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = App.CreateCommand("SELECT 1");
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is 1;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync().ConfigureAwait(false);
        await Owner.DisposeAsync().ConfigureAwait(false);
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static NpgsqlDataSource Build(string connectionString, string name, ILoggerFactory loggerFactory)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString) { Name = name };
        builder.UseLoggerFactory(loggerFactory);
        return builder.Build();
    }
}
