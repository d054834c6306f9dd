using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Platform.Postgres.Embedded;

namespace Platform.TestKit.Postgres;

/// <summary>
/// The PostgreSQL server of one test process. Test projects run in parallel, so each process
/// gets its own cluster in a temporary folder, copied from a template cluster that is initdb'd
/// once per machine under a file lock. Tests get databases cloned from template databases
/// (see <see cref="PostgresDatabase"/>), so each test class starts from a clean, migrated schema.
/// </summary>
public sealed class PostgresCluster
{
    /// <summary>The database every clone starts from: empty, roles and grants in place.</summary>
    public const string BaseTemplate = "platform";

    // Durability is pointless for throw-away test data; these make the cluster several times faster.
    private static readonly Dictionary<string, string> TestSettings = new()
    {
        ["fsync"] = "off",
        ["synchronous_commit"] = "off",
        ["full_page_writes"] = "off",
        ["max_connections"] = "200",
        ["shared_buffers"] = "64MB",
    };

    private static readonly SemaphoreSlim StartGate = new(1, 1);
    private static PostgresCluster? _instance;

    private readonly ConcurrentDictionary<string, Lazy<Task>> _templates = new(StringComparer.Ordinal) { [BaseTemplate] = new(Task.CompletedTask) };

    private PostgresCluster(EmbeddedPostgres server, string root)
    {
        Server = server;
        Root = root;
    }

    /// <summary>The running server.</summary>
    public EmbeddedPostgres Server { get; }

    /// <summary>The process's cluster folder (deleted when the process exits).</summary>
    public string Root { get; }

    /// <summary>The process's cluster, started on first use.</summary>
    public static async Task<PostgresCluster> GetAsync()
    {
        if (_instance is not null)
        {
            return _instance;
        }

        await StartGate.WaitAsync().ConfigureAwait(false);
        try
        {
            return _instance ??= await StartAsync().ConfigureAwait(false);
        }
        finally
        {
            StartGate.Release();
        }
    }

    /// <summary>
    /// Makes sure template database <paramref name="name"/> exists in this cluster, created once by
    /// cloning <see cref="BaseTemplate"/> and running <paramref name="prepare"/> with the owner's
    /// connection string (migrations, seed data).
    /// </summary>
    public async Task EnsureTemplateAsync(string name, Func<string, Task> prepare)
    {
        var creation = _templates.GetOrAdd(name, _ => new Lazy<Task>(() => CreateTemplateAsync(name, prepare)));
        try
        {
            await creation.Value.ConfigureAwait(false);
        }
        catch
        {
            _templates.TryRemove(new KeyValuePair<string, Lazy<Task>>(name, creation)); // let the next test class try again
            throw;
        }
    }

    private async Task CreateTemplateAsync(string name, Func<string, Task> prepare)
    {
        await DropDatabaseAsync(name).ConfigureAwait(false);
        await CreateDatabaseAsync(name, BaseTemplate).ConfigureAwait(false);
        var owner = new NpgsqlConnectionStringBuilder(Server.ConnectionString(EmbeddedPostgres.OwnerRole, name)) { Pooling = false }.ConnectionString;
        await prepare(owner).ConfigureAwait(false);
    }

    /// <summary>Creates database <paramref name="name"/> as a copy of <paramref name="template"/>, owned by the owner role.</summary>
    public async Task CreateDatabaseAsync(string name, string template = BaseTemplate)
    {
        await using var connection = await OpenSuperuserAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {Quote(name)} TEMPLATE {Quote(template)} OWNER {EmbeddedPostgres.OwnerRole}", connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Drops database <paramref name="name"/>, ending its sessions.</summary>
    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenSuperuserAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task<NpgsqlConnection> OpenSuperuserAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server.ConnectionString(EmbeddedPostgres.Superuser, "postgres")) { Pooling = false }.ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<PostgresCluster> StartAsync()
    {
        var binaries = PostgresBinaries.Locate(Environment.GetEnvironmentVariable("POSTGRES_BIN_DIR"));
        var template = await ClusterTemplate.EnsureAsync(binaries).ConfigureAwait(false);
        ClusterTemplate.RemoveAbandonedClusters(binaries);

        var root = Path.Combine(Path.GetTempPath(), $"platform-pg-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(root);
        await ClusterTemplate.CopyAsync(template, root).ConfigureAwait(false);
        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(Path.Combine(root, "data")) { BinDirectory = binaries.Directory, Settings = TestSettings, ShutdownMode = "immediate" }).ConfigureAwait(false);
        var cluster = new PostgresCluster(server, root);

        // A test host that ends normally removes its cluster here. `dotnet test` often kills the
        // host's whole process tree instead (the server included); the next run's
        // RemoveAbandonedClusters then deletes the folder of the dead process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Remove();
        return cluster;
    }

    private void Remove()
    {
        try
        {
            Server.StopAsync().GetAwaiter().GetResult();
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EmbeddedPostgresException)
        {
            // Best effort at exit; the next run removes abandoned clusters.
            Trace.WriteLine($"Could not remove test cluster {Root}: {exception.Message}");
        }
    }
}
