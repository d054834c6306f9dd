using System.Reflection;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Model.Sdl;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

// Liveness: the process is up and serving HTTP. Readiness checks (database, modules) join this
// endpoint with the data layer and plugin loading.
app.MapGet("/health", () => Results.Json(new { status = "ok", version }));

// The platform's base schema; plugin loading (issue 6) adds the modules' SDL and resolvers.
var schema = new SchemaBuilder()
    .AddTypeDefinitions(SchemaComposer.Compose([]), "platform.graphql")
    .AddResolver("Query", "modules", _ => ValueTask.FromResult<object?>(Array.Empty<object>()))
    .Build();
var executor = new GraphQLExecutor(schema);
app.UseWebSockets();
app.MapGraphQL("/graphql", executor);
app.MapGraphQLSse("/graphql/stream", executor);

await app.RunAsync().ConfigureAwait(false);
