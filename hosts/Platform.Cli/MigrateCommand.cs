using Npgsql;
using Platform.Hosting;
using Platform.Hosting.Plugins;
using Platform.Model.Schema;
using Platform.Postgres.Connections;
using Platform.Postgres.Embedded;
using Platform.Postgres.Migrations;

namespace Platform.Cli;

/// <summary>
/// <c>platform migrate plan|apply [--allow-destructive]</c>: the desired schema of the modules in the
/// plugins folder against the database (<c>DATABASE_URL</c>, as the schema owner; else the embedded server).
/// </summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(bool apply, bool allowDestructive, TextWriter output)
    {
        var paths = PlatformPaths.Resolve(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable("PLUGINS_DIR"), typeof(MigrateCommand).Assembly);
        var plugins = PluginLoader.Load(paths.PluginsDirectory);
        foreach (var failed in plugins.Plugins.Where(p => p.State == PluginState.Failed))
        {
            Console.Error.WriteLine($"platform migrate: plugin {failed.Folder} skipped: {failed.Failure}");
        }

        if (plugins.Modules.Count == 0)
        {
            Console.Error.WriteLine($"platform migrate: no modules in {paths.PluginsDirectory}; build them first (dotnet build) or set PLUGINS_DIR.");
            return 1;
        }

        var desired = SchemaEmitter.Emit(plugins.Modules.Select(m => m.Definition));
        EmbeddedPostgres? embedded = null;
        string connectionString;
        var url = Environment.GetEnvironmentVariable("DATABASE_URL");
        try
        {
            if (!string.IsNullOrEmpty(url))
            {
                connectionString = DatabaseUrl.ToConnectionString(url);
            }
            else
            {
                embedded = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(Path.Combine(paths.DataDirectory, "postgres")));
                connectionString = embedded.ConnectionString(EmbeddedPostgres.OwnerRole);
            }

            await using var owner = NpgsqlDataSource.Create(connectionString);
            var migrator = new SchemaMigrator(owner);
            var options = new MigrationOptions { AllowDestructive = allowDestructive };
            var plan = apply ? await migrator.ApplyAsync(desired, options) : await migrator.PlanAsync(desired, options);
            output.WriteLine(plan.ToString());
            output.WriteLine(apply ? $"Applied {plan.Steps.Count} step(s); checksum {plan.Checksum}." : $"{plan.Steps.Count} step(s) planned ({plan.DestructiveSteps.Count} destructive); nothing was changed.");
            return 0;
        }
        catch (MigrationRefusedException e)
        {
            Console.Error.WriteLine($"platform migrate: {e.Message}");
            return 1;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"platform migrate: {e.Message}");
            return 1;
        }
        finally
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }
        }
    }
}
