using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore.Http;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.TestKit;

namespace Platform.GraphQL.AspNetCore.Tests;

/// <summary>A real Kestrel server on a free port serving a small schema over the transports (one per test class).</summary>
public sealed class GraphQLServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Url { get; private set; } = null!;

    private int _bumps;

    public int Bumps => Volatile.Read(ref _bumps);

    public async Task InitializeAsync()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { hello(name: String = "world"): String!, fail: String }
                type Mutation { bump: Int! }
                """)
            .AddResolver("Query", "hello", context => ValueTask.FromResult<object?>($"Hello, {context.Arguments["name"]}!"))
            .AddResolver("Query", "fail", _ => throw new InvalidOperationException("boom"))
            .AddResolver("Mutation", "bump", _ => ValueTask.FromResult<object?>(Interlocked.Increment(ref _bumps)))
            .Build();
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGraphQLHttp("/graphql", new GraphQLExecutor(schema));
        await _app.StartAsync();
        Url = new Uri($"http://127.0.0.1:{port}/graphql");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
