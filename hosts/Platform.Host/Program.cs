using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Npgsql;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.AspNetCore.WebSockets;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Validation.Extras;
using Platform.Hosting;
using Platform.Hosting.Api;
using Platform.Hosting.Runtime;
using Platform.Postgres.Embedded;

// The content root is the build output, so appsettings.json is found from any working directory (ARCHITECTURE.md § Paths).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
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

PlatformRuntime runtime;
try
{
    runtime = await PlatformRuntime.StartAsync(settings, paths, app.Services.GetRequiredService<ILoggerFactory>(), cancellationToken: app.Lifetime.ApplicationStopping);
}
catch (Exception e) when (e is EmbeddedPostgresException or NpgsqlException or TimeoutException)
{
    // The database is a start-up requirement: say which setting to look at, without a stack trace.
    Console.Error.WriteLine(settings.DatabaseConnectionString is null
        ? $"platform: the embedded PostgreSQL could not start: {e.Message}"
        : $"platform: the database of DATABASE_URL/DATABASE_APP_URL cannot be used: {e.Message} Check the URLs, that the server runs, and that the platform_owner and platform_app roles exist (README § Database).");
    return 1;
}

await using (runtime)
{
    var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    // Readiness: the process serves HTTP and its database answers.
    app.MapGet("/health", async (CancellationToken ct) => await runtime.Database.IsReachableAsync(ct)
        ? Results.Json(new { status = "ok", version, database = "ok" })
        : Results.Json(new { status = "unavailable", version, database = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable));

    // Every plugin folder found, loaded or failed with its reason.
    app.MapGet("/modules", () => Results.Json(runtime.Modules.Select(m => new { id = m.Id, version = m.Version, dependsOn = m.DependsOn, entities = m.Entities, state = m.State, failure = m.Failure, rejected = m.Rejected, source = m.Source })));

    // One executor per served schema; a module change swaps it, and work in flight keeps the one it started with.
    var limits = settings.Limits;
    var documents = new DocumentCache();
    GraphQLExecutor ExecutorFor(Platform.GraphQL.Types.Schema schema) => new(
        schema,
        limits.Request,
        documents,
        new ExecutionOptions { ExposeExceptionMessages = app.Environment.IsDevelopment(), MapError = ApiError.Map },
        settings.Introspection ? null : NoIntrospectionRule.WithSpecifiedRules);
    var executor = ExecutorFor(runtime.Schema);
    runtime.SchemaChanged += schema => Volatile.Write(ref executor, ExecutorFor(schema));
    var authentication = new BearerAuthentication(new Platform.Core.Security.JwtOptions(settings.JwtSecret) { Issuer = settings.JwtIssuer, Audience = settings.JwtAudience });
    var http = new GraphQLHttpOptions { Identify = authentication.Identify, MaxBodyBytes = limits.MaxBodyBytes, OnUnexpected = e => app.Logger.LogError(e, "A GraphQL request failed unexpectedly") };
    if (settings.CorsOrigins.Count > 0)
    {
        app.UseCors();
    }

    // The browser IDE: GET /graphql from a browser (Accept: text/html) opens GraphiQL, whose assets the build put beside the host.
    var ide = Path.Combine(AppContext.BaseDirectory, "graphiql");
    if (Directory.Exists(ide))
    {
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(ide), RequestPath = "/graphiql" });
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == "/graphql" && !context.Request.Query.ContainsKey("query")
                && context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(Path.Combine(ide, "index.html"));
                return;
            }

            await next(context);
        });
    }

    app.UseWebSockets();
    app.MapGraphQL("/graphql", () => Volatile.Read(ref executor), http, new GraphQLWebSocketOptions
    {
        OnConnect = authentication.ConnectAsync,
        InitTimeout = limits.WebSocketInitTimeout,
        MaxOperationsPerConnection = limits.MaxOperationsPerConnection,
        MaxMessageBytes = limits.MaxBodyBytes,
    });
    app.MapGraphQLSse("/graphql/stream", () => Volatile.Read(ref executor), http);

    await app.RunAsync();
}

return 0;
