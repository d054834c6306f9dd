using Platform.TestKit;
using Platform.TestKit.Postgres;

namespace Platform.Cli.Tests;

/// <summary><c>platform migrate plan|apply</c> with the built catalog plugin against a real database.</summary>
public sealed class MigrateTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Plan_changes_nothing_apply_migrates_and_a_second_plan_is_empty()
    {
        var first = await Platform("migrate", "plan");
        var applied = await Platform("migrate", "apply");
        var again = await Platform("migrate", "plan");

        Assert.Equal(0, first.Exit);
        Assert.Contains("create table cat_items: CREATE TABLE cat_items (", first.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, applied.Exit);
        Assert.Contains("Applied", applied.Output, StringComparison.Ordinal);
        Assert.Contains("(no changes)", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_database_url_is_reported_with_exit_1()
    {
        await using var process = TestProcess.StartDotnet(Cli, ["migrate", "plan"], new Dictionary<string, string?> { ["DATABASE_URL"] = "nonsense" }, RepositoryRoot.Path);

        Assert.Equal(1, await process.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("DATABASE_URL is neither a postgres URL", process.Output, StringComparison.Ordinal);
    }

    private static string Cli => Path.Combine(RepositoryRoot.BinOf("Platform.Cli"), "platform.dll");

    private async Task<(int Exit, string Output)> Platform(params string[] arguments)
    {
        await using var process = TestProcess.StartDotnet(Cli, arguments, new Dictionary<string, string?> { ["DATABASE_URL"] = database.OwnerConnectionString }, RepositoryRoot.Path);
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (exit, process.Output);
    }
}
