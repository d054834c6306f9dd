using Platform.TestKit.GraphQL;
using Platform.TestKit.Postgres;

namespace Platform.Host.Tests;

/// <summary>A host serving the catalog module on its own database, shared by the tests of one class (each test uses its own organization).</summary>
public class CatalogHost : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public TestHost Host { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Host = await TestHost.StartAsync(Database, Environment);
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A fresh organization id, so tests sharing the host never see each other's rows.</summary>
    public static string NewOrg() => $"org_{Guid.NewGuid():N}"[..24];

    /// <summary>An admin client of a fresh organization.</summary>
    public GraphQLHttpClient Admin(out string org)
    {
        org = NewOrg();
        return Host.Client(org);
    }

    /// <summary>The host's environment beyond the database.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>();
}
