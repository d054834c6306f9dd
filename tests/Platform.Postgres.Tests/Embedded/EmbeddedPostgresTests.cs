using System.Globalization;
using Npgsql;
using Platform.Postgres.Embedded;

namespace Platform.Postgres.Tests.Embedded;

/// <summary>The launcher end to end, on a cluster of its own (the shared test cluster is not touched).</summary>
public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "platform-embedded-test-" + Guid.NewGuid().ToString("N")[..8]);

    private EmbeddedPostgresOptions Options => new(Path.Combine(_root, "postgres")) { Settings = new Dictionary<string, string> { ["fsync"] = "off" } };

    [Fact]
    public async Task FreshFolder_IsInitialisedStartedAndBootstrapped_ThenRestartsWithoutInitdb()
    {
        EmbeddedCredentials firstCredentials;
        int firstPort;
        await using (var server = await EmbeddedPostgres.StartAsync(Options))
        {
            firstCredentials = server.Credentials;
            firstPort = server.Port;
            Assert.False(server.Adopted);
            Assert.True(File.Exists(Path.Combine(_root, "postgres", "PG_VERSION")));
            Assert.Equal("-rw-------", UnixMode(Path.Combine(_root, "postgres.credentials.json")));

            await using var app = new NpgsqlConnection(server.ConnectionString(EmbeddedPostgres.AppRole));
            await app.OpenAsync();
            Assert.Equal("platform_app", await Scalar(app, "SELECT current_user"));
            Assert.Equal("platform", await Scalar(app, "SELECT current_database()"));
            Assert.Equal("127.0.0.1", await Scalar(app, "SHOW listen_addresses"));
            Assert.Equal("off", await Scalar(app, "SHOW fsync"));
            Assert.Equal(false, await Scalar(app, "SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user"));
        }

        await using (var again = await EmbeddedPostgres.StartAsync(Options with { Port = firstPort }))
        {
            Assert.Equal(firstCredentials, again.Credentials);
            await using var owner = new NpgsqlConnection(again.ConnectionString(EmbeddedPostgres.OwnerRole));
            await owner.OpenAsync();
            Assert.Equal("platform_owner", await Scalar(owner, "SELECT current_user"));
        }

        Assert.False(File.Exists(Path.Combine(_root, "postgres", "postmaster.pid")));
    }

    [Fact]
    public async Task WrongPassword_IsRefused_SoTheServerIsNotOpenToEveryLocalUser()
    {
        await using var server = await EmbeddedPostgres.StartAsync(Options);
        var wrong = new NpgsqlConnectionStringBuilder(server.ConnectionString(EmbeddedPostgres.Superuser)) { Password = "guess" }.ConnectionString;

        await using var connection = new NpgsqlConnection(wrong);
        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        Assert.Equal("28P01", error.SqlState); // invalid_password
    }

    [Fact]
    public async Task StalePidFileAfterACrash_IsRemoved_AndTheServerStarts()
    {
        await (await EmbeddedPostgres.StartAsync(Options)).DisposeAsync();
        var pidFile = Path.Combine(_root, "postgres", "postmaster.pid");
        await File.WriteAllLinesAsync(pidFile, ["999999", Path.Combine(_root, "postgres"), "1700000000", "5999", "", "127.0.0.1", "0 0", "ready"]);

        await using var server = await EmbeddedPostgres.StartAsync(Options);

        Assert.False(server.Adopted);
        await using var connection = new NpgsqlConnection(server.ConnectionString(EmbeddedPostgres.AppRole));
        await connection.OpenAsync();
    }

    [Fact]
    public async Task ServerLeftRunningByACrashedProcess_IsAdopted()
    {
        var first = await EmbeddedPostgres.StartAsync(Options);
        try
        {
            // A second start while the first server runs: as after a crash that skipped the stop.
            await using var second = await EmbeddedPostgres.StartAsync(Options);

            Assert.True(second.Adopted);
            Assert.Equal(first.Port, second.Port);
            await using var connection = new NpgsqlConnection(second.ConnectionString(EmbeddedPostgres.AppRole));
            await connection.OpenAsync();
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    [Fact]
    public async Task ExistingClusterWithoutCredentials_SaysHowToRecover()
    {
        await (await EmbeddedPostgres.StartAsync(Options)).DisposeAsync();
        File.Delete(Path.Combine(_root, "postgres.credentials.json"));

        var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(() => EmbeddedPostgres.StartAsync(Options));

        Assert.Contains("Delete the folder to create a new cluster, or set DATABASE_URL", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static string UnixMode(string path)
    {
        var mode = File.GetUnixFileMode(path);
        return string.Create(CultureInfo.InvariantCulture, $"-{R(UnixFileMode.UserRead)}{W(UnixFileMode.UserWrite)}{X(UnixFileMode.UserExecute)}{R(UnixFileMode.GroupRead)}{W(UnixFileMode.GroupWrite)}{X(UnixFileMode.GroupExecute)}{R(UnixFileMode.OtherRead)}{W(UnixFileMode.OtherWrite)}{X(UnixFileMode.OtherExecute)}");

        char R(UnixFileMode flag) => mode.HasFlag(flag) ? 'r' : '-';
        char W(UnixFileMode flag) => mode.HasFlag(flag) ? 'w' : '-';
        char X(UnixFileMode flag) => mode.HasFlag(flag) ? 'x' : '-';
    }
}
