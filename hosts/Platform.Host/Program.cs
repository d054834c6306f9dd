using System.Reflection;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

// Liveness: the process is up and serving HTTP. Readiness checks (database, modules) join this
// endpoint with the data layer and plugin loading.
app.MapGet("/health", () => Results.Json(new { status = "ok", version }));

await app.RunAsync().ConfigureAwait(false);
