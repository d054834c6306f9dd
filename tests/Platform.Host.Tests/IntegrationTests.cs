using Npgsql;
using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>Checks that need every module: their DDL on a fresh database, a second start, and their composed schema in graphql-js.</summary>
public sealed class IntegrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly NodePackage GraphqlJs = new(Path.Combine(RepositoryRoot.Path, "tests", "Platform.GraphQL.Tests", "GraphqlJs"), "graphql");

    [Fact]
    public async Task Every_module_migrates_a_fresh_database_and_a_second_start_changes_nothing()
    {
        long migrations;
        await using (var first = await TestHost.StartAsync(database))
        {
            migrations = await CountAsync("SELECT count(*) FROM platform_migrations");
            Assert.Contains("Migration: ", first.Process.Output, StringComparison.Ordinal);
        }

        await using var second = await TestHost.StartAsync(database);

        Assert.True(migrations > 0);
        Assert.Equal(migrations, await CountAsync("SELECT count(*) FROM platform_migrations"));
        Assert.DoesNotContain("Migration: ", second.Process.Output, StringComparison.Ordinal);
        Assert.Equal(5L, await CountAsync("SELECT count(*) FROM platform_schema_tables WHERE module = 'catalog'"));
    }

    [Fact]
    public async Task The_composed_schema_of_every_module_is_one_graphql_js_accepts()
    {
        await using var host = await TestHost.StartAsync(database);
        using var client = host.Client(org: null);

        var introspection = await client.SendAsync(await GraphqlJs.RunAsync(["graphqljs.mjs", "query"]));
        var sdl = await GraphqlJs.RunAsync(["graphqljs.mjs", "build"], introspection.Body.GetRawText()); // buildClientSchema + assertValidSchema

        Assert.Contains("type Item {", sdl, StringComparison.Ordinal);
        Assert.Contains("itemChanged(where: ItemFilter): ItemChange!", sdl, StringComparison.Ordinal);
        Assert.Contains("fireItemEvent(id: ID!, event: ItemEvent!, payload: JSON, expectedVersion: Int): Item!", sdl, StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
