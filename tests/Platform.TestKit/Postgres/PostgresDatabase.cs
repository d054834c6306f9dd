using System.Globalization;
using Platform.Postgres.Embedded;
using Xunit;

namespace Platform.TestKit.Postgres;

/// <summary>
/// A fresh database for one test class (use as <c>IClassFixture&lt;PostgresDatabase&gt;</c>),
/// cloned from a template database and dropped afterwards. Subclass and override
/// <see cref="TemplateName"/> and <see cref="PrepareTemplateAsync"/> to start from a migrated schema.
/// </summary>
public class PostgresDatabase : IAsyncLifetime
{
    private static int _counter;

    /// <summary>The cluster.</summary>
    public PostgresCluster Cluster { get; private set; } = null!;

    /// <summary>This database's name.</summary>
    public string Name { get; } = $"t_{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}_{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Connection string of the owner role (migrations, relay).</summary>
    public string OwnerConnectionString => Cluster.Server.ConnectionString(EmbeddedPostgres.OwnerRole, Name);

    /// <summary>Connection string of the app role (requests: DML only, row-level security applies).</summary>
    public string AppConnectionString => Cluster.Server.ConnectionString(EmbeddedPostgres.AppRole, Name);

    /// <summary>Connection string of the superuser.</summary>
    public string SuperuserConnectionString => Cluster.Server.ConnectionString(EmbeddedPostgres.Superuser, Name);

    /// <summary>The template this database is cloned from; it is prepared once per test process.</summary>
    protected virtual string TemplateName => PostgresCluster.BaseTemplate;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Cluster = await PostgresCluster.GetAsync().ConfigureAwait(false);
        await Cluster.EnsureTemplateAsync(TemplateName, PrepareTemplateAsync).ConfigureAwait(false);
        await Cluster.CreateDatabaseAsync(Name, TemplateName).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual Task DisposeAsync() => Cluster.DropDatabaseAsync(Name);

    /// <summary>Prepares the template (migrations, seed data), given the owner's connection string to it.</summary>
    protected virtual Task PrepareTemplateAsync(string ownerConnectionString) => Task.CompletedTask;
}
