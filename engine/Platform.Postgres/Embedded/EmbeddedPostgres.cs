using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Postgres.Sql;

namespace Platform.Postgres.Embedded;

/// <summary>
/// A private PostgreSQL server run from the machine's installed programs: the default when no
/// <c>DATABASE_URL</c> is set, and the test clusters. It listens on 127.0.0.1 only, with password
/// authentication, and is stopped when this object is disposed or the process exits. A server
/// left running by a crashed process is adopted; a stale pid file is removed.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    /// <summary>The superuser.</summary>
    public const string Superuser = "postgres";

    /// <summary>The role that owns the schema and runs migrations.</summary>
    public const string OwnerRole = "platform_owner";

    /// <summary>The role requests run as: DML only, row-level security always applies.</summary>
    public const string AppRole = "platform_app";

    private readonly ILogger _logger;
    private readonly EmbeddedPostgresOptions _options;
    private int _stopped;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, PostgresBinaries binaries, EmbeddedCredentials credentials, int port, bool adopted, ILogger logger)
    {
        _options = options;
        Binaries = binaries;
        Credentials = credentials;
        Port = port;
        Adopted = adopted;
        _logger = logger;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The programs in use.</summary>
    public PostgresBinaries Binaries { get; }

    /// <summary>The cluster folder.</summary>
    public string DataDirectory => _options.DataDirectory;

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Whether the server was already running (left by a crashed process) and was adopted.</summary>
    public bool Adopted { get; }

    /// <summary>The roles' passwords.</summary>
    public EmbeddedCredentials Credentials { get; }

    /// <summary>Initialises the cluster if needed, starts it (or adopts a running one), and creates the platform roles and database.</summary>
    /// <exception cref="EmbeddedPostgresException">The programs are missing or the server does not start; the message says what to do.</exception>
    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        options = options with { DataDirectory = Path.GetFullPath(options.DataDirectory) };
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var credentials = await InitializeAsync(binaries, options, cancellationToken).ConfigureAwait(false);
        var running = RunningServer(options.DataDirectory);
        EmbeddedPostgres server;
        if (running is { } existing)
        {
            LogAdopted(logger, existing.Pid, existing.Port, options.DataDirectory);
            server = new EmbeddedPostgres(options, binaries, credentials, existing.Port, adopted: true, logger);
        }
        else
        {
            var port = options.Port ?? FreePort();
            await WriteSettingsAsync(options, cancellationToken).ConfigureAwait(false);
            await ServerProcess.RunAsync(
                binaries.Program("pg_ctl"),
                ["-D", options.DataDirectory, "-l", Path.Combine(options.DataDirectory, "server.log"), "-o", $"-p {port.ToString(CultureInfo.InvariantCulture)}", "-w", "-t", ((int)options.StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "start"],
                options.StartTimeout + TimeSpan.FromSeconds(5),
                cancellationToken).ConfigureAwait(false);
            LogStarted(logger, binaries.MajorVersion, port, options.DataDirectory);
            server = new EmbeddedPostgres(options, binaries, credentials, port, adopted: false, logger);
        }

        try
        {
            await server.WaitUntilAcceptingAsync(cancellationToken).ConfigureAwait(false);
            await server.BootstrapAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return server;
    }

    /// <summary>A connection string for <paramref name="role"/> on <paramref name="database"/> (default: the application database).</summary>
    public string ConnectionString(string role, string? database = null)
    {
        var password = role switch
        {
            Superuser => Credentials.Superuser,
            OwnerRole => Credentials.Owner,
            AppRole => Credentials.App,
            _ => throw new ArgumentException($"Unknown role '{role}'; use {Superuser}, {OwnerRole} or {AppRole}.", nameof(role)),
        };
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = role,
            Password = password,
            Database = database ?? _options.Database,
        }.ConnectionString;
    }

    /// <summary>Stops the server (by default a fast shutdown: open sessions end, nothing committed is lost).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        NpgsqlConnection.ClearAllPools();
        if (RunningServer(DataDirectory) is null)
        {
            return;
        }

        await ServerProcess.RunAsync(Binaries.Program("pg_ctl"), ["-D", DataDirectory, "-m", _options.ShutdownMode, "-w", "-t", "60", "stop"], TimeSpan.FromSeconds(65), cancellationToken).ConfigureAwait(false);
        LogStopped(_logger, Port);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>
    /// Creates the cluster folder with initdb (password authentication, UTF-8, C locale) unless it
    /// exists, and returns its credentials. Used by <see cref="StartAsync"/> and by test templates.
    /// </summary>
    public static async Task<EmbeddedCredentials> InitializeAsync(PostgresBinaries binaries, EmbeddedPostgresOptions options, CancellationToken cancellationToken = default)
    {
        var dataDirectory = options.DataDirectory;
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return EmbeddedCredentials.Read(dataDirectory)
                ?? throw new EmbeddedPostgresException($"The cluster in {dataDirectory} has no credentials file ({EmbeddedCredentials.PathFor(dataDirectory)}). Delete the folder to create a new cluster, or set DATABASE_URL.");
        }

        var credentials = EmbeddedCredentials.Generate();
        Directory.CreateDirectory(dataDirectory);
        var passwordFile = Path.Combine(Path.GetDirectoryName(dataDirectory)!, $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, credentials.Superuser, cancellationToken).ConfigureAwait(false);
        EmbeddedCredentials.RestrictToOwner(passwordFile, isDirectory: false);
        try
        {
            EmbeddedCredentials.RestrictToOwner(dataDirectory, isDirectory: true);
            await ServerProcess.GiveToServiceUserAsync(dataDirectory, cancellationToken).ConfigureAwait(false);
            await ServerProcess.GiveToServiceUserAsync(passwordFile, cancellationToken).ConfigureAwait(false);
            await ServerProcess.RunAsync(
                binaries.Program("initdb"),
                ["-D", dataDirectory, "-U", Superuser, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-instructions"],
                TimeSpan.FromMinutes(2),
                cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Directory.Delete(dataDirectory, recursive: true);
            throw;
        }
        finally
        {
            File.Delete(passwordFile);
        }

        await File.AppendAllTextAsync(Path.Combine(dataDirectory, "postgresql.conf"), "\ninclude_if_exists = 'platform.conf'\n", cancellationToken).ConfigureAwait(false);
        credentials.Write(dataDirectory);
        return credentials;
    }

    // Settings rewritten on every start: loopback TCP only, no Unix socket, plus the caller's.
    private static async Task WriteSettingsAsync(EmbeddedPostgresOptions options, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("# Written by Platform on every start; edit EmbeddedPostgresOptions.Settings instead.\n");
        text.Append("listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\n");
        foreach (var (key, value) in options.Settings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key} = '{value.Replace("'", "''", StringComparison.Ordinal)}'\n");
        }

        var path = Path.Combine(options.DataDirectory, "platform.conf");
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken).ConfigureAwait(false);
        await ServerProcess.GiveToServiceUserAsync(path, cancellationToken).ConfigureAwait(false);
    }

    // postmaster.pid: line 1 the pid, line 4 the port. A live postgres process → running; a dead one → stale file, removed.
    private static (int Pid, int Port)? RunningServer(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (IOException)
        {
            return null;
        }

        if (lines.Length >= 4
            && int.TryParse(lines[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            && int.TryParse(lines[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var port)
            && IsPostgres(pid))
        {
            return (pid, port);
        }

        File.Delete(pidFile);
        return null;
    }

    private static bool IsPostgres(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && process.ProcessName.StartsWith("postgres", StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString(Superuser, "postgres")) { Pooling = false, Timeout = 5 }.ConnectionString;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NpgsqlException exception) when (deadline.Elapsed < _options.StartTimeout)
            {
                LogWaiting(_logger, exception.Message);
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException exception)
            {
                throw new EmbeddedPostgresException($"The embedded server on port {Port} did not accept connections within {_options.StartTimeout.TotalSeconds:0} s: {exception.Message}. See {Path.Combine(DataDirectory, "server.log")}.", exception);
            }
        }
    }

    private async Task BootstrapAsync(CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString(Superuser, "postgres")) { Pooling = false }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("SELECT set_config('platform.owner_password', $1, false), set_config('platform.app_password', $2, false)") { Parameters = { new() { Value = Credentials.Owner }, new() { Value = Credentials.App } } },
                    new NpgsqlBatchCommand(SqlResources.Read("bootstrap-roles.sql")),
                },
            };
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (!await DatabaseExistsAsync(connection, _options.Database, cancellationToken).ConfigureAwait(false))
            {
                // CREATE DATABASE takes no parameters; the name is an identifier, quoted.
                await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(_options.Database)} OWNER {OwnerRole}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using var database = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = _options.Database }.ConnectionString);
        await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var grants = new NpgsqlCommand(SqlResources.Read("bootstrap-database.sql"), database);
        await grants.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> DatabaseExistsAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Quotes an SQL identifier.</summary>
    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // ProcessExit handlers must be synchronous; a fast shutdown takes well under a second.
        StopAsync().GetAwaiter().GetResult();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL {Version} started on 127.0.0.1:{Port} ({DataDirectory})")]
    private static partial void LogStarted(ILogger logger, int version, int port, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded PostgreSQL (pid {Pid}, port {Port}) was still running from an earlier process; adopting it ({DataDirectory})")]
    private static partial void LogAdopted(ILogger logger, int pid, int port, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded PostgreSQL on port {Port} stopped")]
    private static partial void LogStopped(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waiting for the embedded server: {Reason}")]
    private static partial void LogWaiting(ILogger logger, string reason);
}
