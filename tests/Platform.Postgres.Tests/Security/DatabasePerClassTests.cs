using Npgsql;
using Platform.TestKit.Postgres;

namespace Platform.Postgres.Tests.Security;

/// <summary>Each test class gets its own database cloned from the template: what one class creates, another never sees.</summary>
public sealed class DatabasePerClassTests(DatabasePerClassTests.MigratedDatabase database) : IClassFixture<DatabasePerClassTests.MigratedDatabase>
{
    [Fact]
    public async Task Database_IsClonedFromThePreparedTemplate_AndIsItsOwn()
    {
        await using var app = new NpgsqlConnection(database.AppConnectionString);
        await app.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM seeded", app);
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename = 'notes'", app);

        Assert.Equal(1L, await count.ExecuteScalarAsync()); // the template's migration and seed
        Assert.Equal(0L, await tables.ExecuteScalarAsync()); // RoleTests' table lives in its own database
        Assert.StartsWith("t_", database.Name, StringComparison.Ordinal);
    }

    public sealed class MigratedDatabase : PostgresDatabase
    {
        protected override string TemplateName => "tpl_seeded";

        protected override async Task PrepareTemplateAsync(string ownerConnectionString)
        {
            await using var owner = new NpgsqlConnection(ownerConnectionString);
            await owner.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE TABLE seeded (id int); INSERT INTO seeded VALUES (1);", owner);
            await command.ExecuteNonQueryAsync();
        }
    }
}
