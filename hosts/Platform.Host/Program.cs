using System.Reflection;
using Platform.Core.Security;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.AspNetCore.WebSockets;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation.Extras;
using Platform.Hosting;
using Platform.Hosting.Plugins;
using Platform.Model.Sdl;

var builder = WebApplication.CreateBuilder(args);
var paths = PlatformPaths.Resolve(builder.Environment.ContentRootPath, builder.Configuration["PLUGINS_DIR"]);
var (settings, errors) = PlatformSettings.Load(builder.Configuration, builder.Environment.IsDevelopment(), paths);
if (settings is null)
{
    // Configuration errors stop the host: one line per setting, each saying how to fix it.
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"platform: {error}");
    }

    return 1;
}

if (settings.CorsOrigins.Count > 0)
{
    builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins([.. settings.CorsOrigins]).AllowAnyHeader().WithMethods("GET", "POST")));
}

var app = builder.Build();
if (settings.JwtSecretGenerated)
{
    app.Logger.LogWarning("JWT_SECRET is not set: using a development secret kept in {Path}; set JWT_SECRET outside Development.", Path.Combine(paths.DataDirectory, "jwt-secret"));
}

var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

// Liveness: the process is up and serving HTTP. Readiness checks (database, modules) join this
// endpoint with the data layer and plugin loading.
app.MapGet("/health", () => Results.Json(new { status = "ok", version }));

// Plugins: each module folder is loaded into its own context; a broken one is skipped with its reason.
var plugins = PluginLoader.Load(settings.PluginsDirectory);
foreach (var failed in plugins.Plugins.Where(p => p.State == PluginState.Failed))
{
    app.Logger.LogError("Plugin {Folder} was not loaded: {Reason}", failed.Folder, failed.Failure);
}

app.MapGet("/modules", () => Results.Json(plugins.Plugins.Select(p => new
{
    id = p.Id,
    version = p.Module?.Definition.Version,
    dependsOn = p.Module?.Definition.DependsOn.ToArray() ?? [],
    entities = p.Module?.Definition.Entities.Select(e => e.Name).ToArray() ?? [],
    state = p.State == PluginState.Loaded ? "loaded" : "failed",
    failure = p.Failure,
})));

// The platform's base schema; the generated API (issue 7) adds the modules' SDL and resolvers.
var schema = new SchemaBuilder()
    .AddTypeDefinitions(SchemaComposer.Compose([]), "platform.graphql")
    .AddResolver("Query", "modules", _ => ValueTask.FromResult<object?>(plugins.Modules.Select(m => new Dictionary<string, object?> { ["id"] = m.Definition.Id, ["version"] = m.Definition.Version }).ToList()))
    .Build();
var executor = new GraphQLExecutor(schema, rules: settings.Introspection ? null : NoIntrospectionRule.WithSpecifiedRules);
var authentication = new BearerAuthentication(new JwtOptions(settings.JwtSecret));
var http = new GraphQLHttpOptions { Identify = authentication.Identify };
if (settings.CorsOrigins.Count > 0)
{
    app.UseCors();
}

app.UseWebSockets();
app.MapGraphQL("/graphql", executor, http, new GraphQLWebSocketOptions { OnConnect = authentication.ConnectAsync });
app.MapGraphQLSse("/graphql/stream", executor, http);

await app.RunAsync().ConfigureAwait(false);
return 0;
