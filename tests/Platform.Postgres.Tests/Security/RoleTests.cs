using Npgsql;
using Platform.TestKit.Postgres;

namespace Platform.Postgres.Tests.Security;

/// <summary>The two roles of ARCHITECTURE.md § Security, in a database of the shared test cluster.</summary>
public sealed class RoleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task App_CannotCreateObjects()
    {
        await using var app = await Open(database.AppConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => Execute(app, "CREATE TABLE sneaky (id int)"));

        Assert.Equal("42501", error.SqlState); // insufficient_privilege
    }

    [Fact]
    public async Task OwnersTables_AreReadableAndWritableByApp_ButNotAlterable()
    {
        await using (var owner = await Open(database.OwnerConnectionString))
        {
            await Execute(owner, "CREATE TABLE notes (id text PRIMARY KEY, body text)");
        }

        await using var app = await Open(database.AppConnectionString);
        await Execute(app, "INSERT INTO notes VALUES ('n1', 'hello')");
        await Execute(app, "UPDATE notes SET body = 'changed'");
        await Execute(app, "DELETE FROM notes");

        var error = await Assert.ThrowsAsync<PostgresException>(() => Execute(app, "ALTER TABLE notes ADD COLUMN x int"));
        Assert.Equal("42501", error.SqlState);
    }

    [Fact]
    public async Task App_DoesNotBypassRowLevelSecurity()
    {
        await using var app = await Open(database.AppConnectionString);
        await using var command = new NpgsqlCommand("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user", app);

        Assert.Equal(false, await command.ExecuteScalarAsync());
    }

    private static async Task<NpgsqlConnection> Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
